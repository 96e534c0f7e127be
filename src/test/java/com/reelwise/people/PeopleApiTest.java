package com.reelwise.people;

import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The profile API contract on an H2 file, the default database. */
class PeopleApiTest extends PeopleApiContract {

    @DynamicPropertySource
    static void settings(DynamicPropertyRegistry registry) throws Exception {
        Path db = Files.createTempDirectory("reelwise-people-db");
        registry.add("reelwise.data-dir", () -> TinyData.create(20));
        registry.add("reelwise.models-dir", () -> db.resolve("models"));
        registry.add("reelwise.db.url", () -> "jdbc:h2:file:" + db.resolve("people") + ";WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE");
    }
}
