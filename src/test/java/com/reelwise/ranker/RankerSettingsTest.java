package com.reelwise.ranker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RankerSettingsTest {

    @Test
    void oneOverrideChangesThatSettingOnly() {
        RankerSettings defaults = RankerSettings.defaults();
        RankerSettings deeper = defaults.with("maxDepth", "4").with("minChildWeight", "10");
        assertEquals(4, deeper.maxDepth());
        assertEquals(10.0, deeper.minChildWeight());
        assertEquals(new RankerSettings(defaults.rounds(), defaults.earlyStopping(), defaults.learningRate(), 4, 10,
                defaults.subsample(), defaults.columnSample(), defaults.threads(), defaults.seed()), deeper);
        assertEquals("4", String.valueOf(deeper.xgboostParams(java.util.List.of(0)).get("max_depth")));
    }

    @Test
    void anUnknownKeyOrBadNumberIsRefusedWithWhatIsKnown() {
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class, () -> RankerSettings.defaults().with("depth", "4"));
        assertTrue(unknown.getMessage().contains("'depth'") && unknown.getMessage().contains("maxDepth"), unknown.getMessage());
        IllegalArgumentException bad = assertThrows(IllegalArgumentException.class, () -> RankerSettings.defaults().with("rounds", "many"));
        assertTrue(bad.getMessage().contains("rounds=many"), bad.getMessage());
    }
}
