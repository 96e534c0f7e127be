package com.reelwise.eval;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The result schema has one owner: renaming a field of EvaluationResult without ResultFields fails here. */
class ResultFieldsTest {

    @TempDir
    Path results;

    @Test
    void everyJsonFieldAWrittenRowHasIsNamedInResultFields() throws IOException, IllegalAccessException {
        Set<String> owned = new java.util.HashSet<>();
        for (Field f : ResultFields.class.getFields()) {
            owned.add((String) f.get(null));
        }
        List<String> components = Arrays.stream(EvaluationResult.class.getRecordComponents()).map(RecordComponent::getName).toList();
        assertThat(owned).containsAll(components);

        Protocol protocol = Protocol.fullRanking(5);
        Split split = Splitter.split(SplitterTest.generated(21), protocol);
        new EvaluationRunner(results, 1).run("generated", split, protocol, List.of(Baselines.named("popular")));
        Path json;
        try (var files = Files.list(results)) {
            json = files.filter(f -> f.toString().endsWith(".json")).findFirst().orElseThrow();
        }
        JsonNode row = new ObjectMapper().readTree(json.toFile()).get(0);
        List<String> written = new ArrayList<>();
        row.fieldNames().forEachRemaining(written::add);
        assertThat(owned).containsAll(written);
        assertThat(written).contains(ResultFields.HIT_RATE_BY_RANK, ResultFields.PER_USER, ResultFields.METRICS);
        List<String> csvHeader = Arrays.asList(Files.readAllLines(Path.of(json.toString().replace(".json", ".csv"))).get(0).split(","));
        assertThat(csvHeader).contains(ResultFields.CSV_FIT_SECONDS, ResultFields.CSV_MODEL_CONFIG, ResultFields.DATASET);
        assertThat(csvHeader.stream().filter(h -> !h.contains("@")).collect(Collectors.toSet())).isSubsetOf(owned);
    }
}
