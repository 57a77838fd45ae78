package org.scimspace.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.scimspace.audit.entity.LogEntry;
import org.scimspace.common.CurrentRequest;
import org.scimspace.database.TestDatabase;
import org.scimspace.directory.boundary.Page;

/** The log's queries, bulk insert and purge on a real in-memory H2, as the server runs them. */
class AuditLogTest {

    private static final String TENANT = "tenant-a";
    private static final String OTHER = "tenant-b";

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
        inTransaction(() -> em.createQuery("delete from LogEntry").executeUpdate());
    }

    @AfterEach
    void close() {
        em.close();
    }

    @Test
    void searchIsScopedToTheTenantAndNewestFirst() {
        Instant start = Instant.parse("2026-01-01T00:00:00Z");
        record(TENANT, LogType.SCIM, "u1", null, start);
        record(TENANT, LogType.ACCOUNT, null, null, start.plusSeconds(1));
        record(OTHER, LogType.SCIM, "u1", null, start.plusSeconds(2));

        Page<LogView> page = search(TENANT, null, null, null, null, null, 1, 50);

        assertEquals(2, page.total());
        assertEquals(List.of(LogType.ACCOUNT, LogType.SCIM), types(page));
    }

    @Test
    void filtersByTimeRangeUserWorkspaceAndType() {
        Instant start = Instant.parse("2026-01-01T00:00:00Z");
        record(TENANT, LogType.SCIM, "u1", null, start);
        record(TENANT, LogType.SCIM, "u2", null, start.plusSeconds(10));
        record(TENANT, LogType.MEMBERSHIP, "u1", "w1", start.plusSeconds(20));
        record(TENANT, LogType.MEMBERSHIP, "u2", "w2", start.plusSeconds(30));

        assertEquals(
                2,
                search(TENANT, start.plusSeconds(10), start.plusSeconds(30), null, null, null, 1, 50)
                        .total(),
                "from is inclusive, to exclusive");
        assertEquals(2, search(TENANT, null, null, "u1", null, null, 1, 50).total());
        assertEquals(1, search(TENANT, null, null, null, "w2", null, 1, 50).total());
        assertEquals(
                2, search(TENANT, null, null, null, null, LogType.SCIM, 1, 50).total());
        Page<LogView> combined = search(TENANT, start, null, "u2", null, LogType.MEMBERSHIP, 1, 50);
        assertEquals(1, combined.total());
        assertEquals("w2", combined.items().get(0).workspaceId());
    }

    @Test
    void pagesCountTheWholeMatchAndHoldTheirSize() {
        Instant start = Instant.parse("2026-01-01T00:00:00Z");
        IntStream.range(0, 7).forEach(i -> record(TENANT, LogType.SCIM, "u" + i, null, start.plusSeconds(i)));

        Page<LogView> first = search(TENANT, null, null, null, null, null, 1, 3);
        Page<LogView> last = search(TENANT, null, null, null, null, null, 3, 3);

        assertEquals(7, first.total());
        assertEquals(
                List.of("u6", "u5", "u4"),
                first.items().stream().map(LogView::userId).toList());
        assertEquals(List.of("u0"), last.items().stream().map(LogView::userId).toList());
        assertTrue(search(TENANT, null, null, null, null, null, 4, 3).items().isEmpty());
    }

    @Test
    void recordKeepsEveryFieldAndCutsLongDetail() {
        inTransaction(() -> {
            log.record(new LogLine(
                    TENANT,
                    LogType.SCIM,
                    "scim-token:t1",
                    "POST /Users",
                    "User",
                    null,
                    null,
                    false,
                    409,
                    "uniqueness",
                    "x".repeat(5000)));
            return null;
        });

        LogView line =
                search(TENANT, null, null, null, null, null, 1, 1).items().get(0);

        assertEquals("scim-token:t1", line.actor());
        assertEquals("POST /Users", line.operation());
        assertFalse(line.success());
        assertEquals(409, line.status());
        assertEquals("uniqueness", line.scimType());
        assertEquals(2000, line.detail().length());
        assertEquals(line.time(), line.time().truncatedTo(ChronoUnit.MILLIS));
    }

    @Test
    void linesCarryTheRequestThatMadeThemAndAreFoundByIt() {
        try (CurrentRequest.Binding bound = CurrentRequest.bind(new CurrentRequest("req-42", "10.0.0.1"))) {
            inTransaction(() -> {
                log.record(new LogLine(
                        TENANT,
                        LogType.ACCOUNT,
                        "api-token:t1",
                        "enable SCIM",
                        "Account",
                        null,
                        null,
                        true,
                        null,
                        null,
                        null));
                log.recordMemberships(TENANT, "api-token:t1", "w1", List.of("u1", "u2"), "join", "added by hand");
                return null;
            });
        }
        inTransaction(() -> {
            log.record(new LogLine(
                    TENANT, LogType.ACCOUNT, "operator", "retention", "Account", null, null, true, null, null, null));
            return null;
        });

        Page<LogView> ofRequest = log.search(TENANT, new LogQuery(null, null, null, null, null, "req-42", 1, 50));
        assertEquals(3, ofRequest.total());
        assertTrue(ofRequest.items().stream().allMatch(line -> "req-42".equals(line.requestId())));
        LogView unrelated = search(TENANT, null, null, null, null, null, 1, 50).items().stream()
                .filter(line -> line.operation().equals("retention"))
                .findFirst()
                .orElseThrow();
        assertNull(unrelated.requestId(), "a line no request made has no request id");
        assertEquals(
                0,
                log.search(OTHER, new LogQuery(null, null, null, null, null, "req-42", 1, 50))
                        .total());
    }

    @Test
    void recordsTenThousandMembershipsInOneCall() {
        List<String> users =
                IntStream.range(0, 10_000).mapToObj(i -> "user-" + i).toList();

        inTransaction(() -> {
            log.recordMemberships(TENANT, "scim-token:t1", "w1", users, "join", "joined Onboarding via group 6f1c");
            return null;
        });

        Page<LogView> page = search(TENANT, null, null, null, "w1", LogType.MEMBERSHIP, 1, 10);
        assertEquals(10_000, page.total());
        LogView line = search(TENANT, null, null, "user-9999", null, null, 1, 1)
                .items()
                .get(0);
        assertEquals("join", line.operation());
        assertEquals("User user-9999", line.target());
        assertEquals("joined Onboarding via group 6f1c", line.detail());
        assertTrue(line.success());
        assertEquals(null, line.status());
        assertTrue(line.time().isAfter(Instant.now().minusSeconds(60)));
    }

    @Test
    void membershipsRollBackWithTheCallersTransaction() {
        em.getTransaction().begin();
        log.recordMemberships(TENANT, "a", "w1", List.of("u1", "u2"), "leave", "left all workspaces");
        em.getTransaction().rollback();

        assertEquals(0, search(TENANT, null, null, null, null, null, 1, 10).total());
    }

    @Test
    void purgeRemovesOnlyOlderLinesOfEveryTenantAndIsIdempotent() {
        Instant cutoff = Instant.parse("2026-01-10T00:00:00Z");
        record(TENANT, LogType.SCIM, "old", null, cutoff.minusMillis(1));
        record(OTHER, LogType.SCIM, "old", null, cutoff.minus(30, ChronoUnit.DAYS));
        record(TENANT, LogType.SCIM, "kept", null, cutoff);

        assertEquals(2, inTransaction(() -> log.purgeBefore(cutoff)));
        assertEquals(0, inTransaction(() -> log.purgeBefore(cutoff)));

        assertEquals(
                List.of("kept"),
                search(TENANT, null, null, null, null, null, 1, 10).items().stream()
                        .map(LogView::userId)
                        .toList());
        assertEquals(0, search(OTHER, null, null, null, null, null, 1, 10).total());
    }

    /** A line placed on a fixed timeline, where {@link AuditLog#record} would stamp the current time. */
    private void record(String tenant, LogType type, String userId, String workspaceId, Instant time) {
        inTransaction(() -> {
            em.persist(new LogEntry(
                    new LogLine(tenant, type, "actor", "op", "target", userId, workspaceId, true, 200, null, null),
                    time,
                    null));
            return null;
        });
    }

    private Page<LogView> search(
            String tenant,
            Instant from,
            Instant to,
            String userId,
            String workspaceId,
            LogType type,
            int page,
            int size) {
        em.clear();
        return log.search(tenant, new LogQuery(from, to, userId, workspaceId, type, null, page, size));
    }

    private static List<LogType> types(Page<LogView> page) {
        return page.items().stream().map(LogView::type).toList();
    }

    private <T> T inTransaction(Supplier<T> work) {
        em.getTransaction().begin();
        try {
            T result = work.get();
            em.getTransaction().commit();
            return result;
        } finally {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
        }
    }
}
