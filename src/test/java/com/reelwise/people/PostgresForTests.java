package com.reelwise.people;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * A fresh PostgreSQL database per test, on the server {@code .ci/run} starts (Debian's postgresql): its admin URL,
 * user and password come from REELWISE_TEST_POSTGRES_URL, _USER and _PASSWORD; tests that need it are skipped
 * without them.
 */
final class PostgresForTests {

    static final String URL = "REELWISE_TEST_POSTGRES_URL";

    private PostgresForTests() {
    }

    static String user() {
        return System.getenv().getOrDefault("REELWISE_TEST_POSTGRES_USER", "reelwise");
    }

    static String password() {
        return System.getenv().getOrDefault("REELWISE_TEST_POSTGRES_PASSWORD", "");
    }

    /** Creates an empty database and returns its JDBC URL. */
    static String freshDatabase() {
        String admin = System.getenv(URL);
        String name = "reelwise_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection c = DriverManager.getConnection(admin, user(), password()); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create a test database on " + admin + ": " + e.getMessage(), e);
        }
        return admin.substring(0, admin.lastIndexOf('/') + 1) + name;
    }
}
