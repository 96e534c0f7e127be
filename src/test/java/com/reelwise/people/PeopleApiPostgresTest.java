package com.reelwise.people;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The profile API contract on PostgreSQL (the "postgres" profile), on the server CI starts. */
@ActiveProfiles("postgres")
@EnabledIfEnvironmentVariable(named = PostgresForTests.URL, matches = ".+")
class PeopleApiPostgresTest extends PeopleApiContract {

    @DynamicPropertySource
    static void settings(DynamicPropertyRegistry registry) throws Exception {
        Path models = Files.createTempDirectory("reelwise-people-models");
        String url = PostgresForTests.freshDatabase();
        registry.add("reelwise.data-dir", () -> TinyData.create(20));
        registry.add("reelwise.models-dir", () -> models);
        registry.add("reelwise.db.url", () -> url);
        registry.add("spring.datasource.username", PostgresForTests::user);
        registry.add("spring.datasource.password", PostgresForTests::password);
    }
}
