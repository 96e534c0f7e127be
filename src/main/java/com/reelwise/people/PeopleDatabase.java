package com.reelwise.people;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Migrates the profile database with Flyway and remembers whether it can be used. Spring Boot's own Flyway
 * run is switched off: it would stop the whole app when the database file is locked or read-only, and the
 * app must keep recommending then. A failed start is retried at most every {@link #RETRY} on demand.
 */
@Component
class PeopleDatabase {

    static final Duration RETRY = Duration.ofSeconds(3);
    private static final Logger log = LoggerFactory.getLogger(PeopleDatabase.class);

    private final DataSource dataSource;
    private final Clock clock = Clock.systemUTC();
    private volatile boolean ready;
    private volatile String problem;
    private volatile Instant nextTry = Instant.MIN;

    PeopleDatabase(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @EventListener(ApplicationReadyEvent.class)
    void migrateAtStart() {
        try {
            ensureReady();
        } catch (StorageUnavailableException e) {
            log.warn("{} Recommendations keep working without saved profiles.", e.getMessage());
        }
    }

    /** Throws {@link StorageUnavailableException} with the reason while the database cannot be used. */
    synchronized void ensureReady() {
        if (ready) {
            return;
        }
        if (problem != null && clock.instant().isBefore(nextTry)) {
            throw new StorageUnavailableException(problem, null);
        }
        try {
            Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
            ready = true;
            problem = null;
            log.info("Profile database ready.");
        } catch (RuntimeException e) {
            problem = "Saved profiles are unavailable right now: " + reason(e) + ".";
            nextTry = clock.instant().plus(RETRY);
            throw new StorageUnavailableException(problem, e);
        }
    }

    /** A short cause a person (or an operator) can act on, from the exception chain. */
    static String reason(Throwable e) {
        StringBuilder all = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause()) {
            all.append(' ').append(t.getMessage());
        }
        String text = all.toString().toLowerCase(Locale.ROOT);
        if (text.contains("already in use") || text.contains("locked")) {
            return "the database file is in use by another program (is a second copy of Reelwise running on the same folder?)";
        }
        if (text.contains("no space left") || text.contains("disk full")) {
            return "the disk holding the database is full";
        }
        if (text.contains("read only") || text.contains("read-only") || text.contains("permission denied") || text.contains("accessdenied")) {
            return "the database folder cannot be written (check its permissions or set REELWISE_DB_URL)";
        }
        if (text.contains("connection") || text.contains("refused")) {
            return "the database server cannot be reached (check REELWISE_DB_URL and that the server runs)";
        }
        return "the database reported an error (see the server log)";
    }
}
