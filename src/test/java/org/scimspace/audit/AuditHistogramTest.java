package org.scimspace.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.scimspace.audit.entity.LogEntry;
import org.scimspace.database.TestDatabase;

/** The log chart's counts per hour and per day, grouped by the database (in-memory H2). */
class AuditHistogramTest {

    private static final String TENANT = "tenant-h";
    private static final Instant START = Instant.parse("2026-03-01T00:00:00Z");

    private static EntityManagerFactory factory;

    private EntityManager em;
    private AuditLog log;

    @BeforeAll
    static void database() {
        factory = TestDatabase.entityManagerFactory();
    }

    @AfterAll
    static void closeDatabase() {
        factory.close();
    }

    @BeforeEach
    void emptyLog() {
        em = factory.createEntityManager();
        log = new AuditLog();
        log.em = em;
        em.getTransaction().begin();
        em.createQuery("delete from LogEntry").executeUpdate();
        em.getTransaction().commit();
    }

    @AfterEach
    void close() {
        em.close();
    }

    @Test
    void countsChangesAndErrorsPerHourWithEmptyHoursPresent() {
        record(TENANT, START.plusSeconds(10), true);
        record(TENANT, START.plusSeconds(3599), false);
        record(TENANT, START.plusSeconds(2 * 3600), true);
        record(TENANT, START.plusSeconds(2 * 3600 + 5), true);
        record(TENANT, START.plusSeconds(3 * 3600), true); // at the exclusive end
        record("other-tenant", START.plusSeconds(20), true);

        List<LogBucket> hours = log.histogram(TENANT, START, START.plusSeconds(3 * 3600), Duration.ofHours(1));

        assertEquals(
                List.of(
                        new LogBucket(START, 1, 1),
                        new LogBucket(START.plusSeconds(3600), 0, 0),
                        new LogBucket(START.plusSeconds(7200), 2, 0)),
                hours);
    }

    @Test
    void daysStartAtUtcMidnight() {
        record(TENANT, START.minusSeconds(1), false);
        record(TENANT, START.plusSeconds(23 * 3600), true);

        List<LogBucket> days = log.histogram(
                TENANT, START.minus(Duration.ofDays(1)), START.plus(Duration.ofDays(1)), Duration.ofDays(1));

        assertEquals(List.of(new LogBucket(START.minus(Duration.ofDays(1)), 0, 1), new LogBucket(START, 1, 0)), days);
    }

    @Test
    void refusesAnEmptyRangeOrBucket() {
        assertThrows(IllegalArgumentException.class, () -> log.histogram(TENANT, START, START, Duration.ofHours(1)));
        assertThrows(
                IllegalArgumentException.class,
                () -> log.histogram(TENANT, START, START.plusSeconds(60), Duration.ZERO));
    }

    private void record(String tenant, Instant time, boolean success) {
        em.getTransaction().begin();
        em.persist(new LogEntry(
                new LogLine(tenant, LogType.SCIM, "actor", "op", "target", null, null, success, 200, null, null),
                time,
                null));
        em.getTransaction().commit();
    }
}
