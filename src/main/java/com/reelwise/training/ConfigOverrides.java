package com.reelwise.training;

import java.util.Arrays;
import java.util.List;

/** "key=value" overrides of a config record's components, as the training commands and the harness take them. */
public final class ConfigOverrides {

    /** One override: the config with the component named {@code key} set from {@code value}. */
    public interface Override<C> {
        C with(C config, String key, String value);
    }

    private ConfigOverrides() {
    }

    /** The "key=value,key=value" overrides in system property {@code name} (none when it is unset or blank). */
    public static List<String> ofProperty(String name) {
        return Arrays.stream(System.getProperty(name, "").split(",")).filter(kv -> !kv.isBlank()).toList();
    }

    /** The config with each "key=value" of {@code overrides} applied in order (a missing "=" gives an empty value). */
    public static <C> C applied(C config, List<String> overrides, Override<C> override) {
        for (String kv : overrides) {
            String[] parts = kv.split("=", 2);
            config = override.with(config, parts[0].trim(), parts.length > 1 ? parts[1].trim() : "");
        }
        return config;
    }
}
