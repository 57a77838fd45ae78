package org.scimspace.remotesource.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

import org.junit.jupiter.api.Test;
import org.scimspace.common.Ids;
import org.scimspace.common.Timestamps;
import org.scimspace.database.TestDatabase;
import org.scimspace.remotesource.entity.SourceConnection;

/**
 * The lease's statements on a real (in-memory H2) database, each committed on its own as in
 * the server; concurrent takers use connections of their own, like two server instances.
 */
class SyncLeaseTest {

    private static final EntityManagerFactory FACTORY = TestDatabase.entityManagerFactory();

    private final String tenant = Ids.newId();

    @Test
    void oneRunHoldsTheLeaseUntilItGivesItBack() {
        String workspace = connection(0);
        Instant now = Timestamps.now();
        assertTrue(succeeds(em -> new SyncLease(em).take(tenant, workspace, "run-a", now)));
        assertFalse(succeeds(em -> new SyncLease(em).take(tenant, workspace, "run-b", now.plusSeconds(1))));
        assertEquals("run-a", inTx(em -> new SyncLease(em).holder(workspace, now)));

        inTx(em -> {
            new SyncLease(em).release(workspace, "run-b");
            return null;
        });
        assertEquals("run-a", inTx(em -> new SyncLease(em).holder(workspace, now)), "only the holder releases");
        inTx(em -> {
            new SyncLease(em).release(workspace, "run-a");
            return null;
        });
        assertNull(inTx(em -> new SyncLease(em).holder(workspace, now)));
        assertTrue(succeeds(em -> new SyncLease(em).take(tenant, workspace, "run-b", now.plusSeconds(2))));
    }

    @Test
    void anExpiredLeaseCanBeTakenOverAndARenewedOneCannot() {
        String workspace = connection(0);
        Instant start = Timestamps.now();
        assertTrue(succeeds(em -> new SyncLease(em).take(tenant, workspace, "run-a", start)));
        Instant later = start.plus(SyncLease.RENEW_EVERY);
        assertTrue(succeeds(em -> new SyncLease(em).renew(workspace, "run-a", later)));
        assertFalse(succeeds(em -> new SyncLease(em).renew(workspace, "run-b", later)), "only the holder renews");
        Instant afterFirstExpiry = start.plus(SyncLease.LENGTH).plusSeconds(1);
        assertFalse(
                succeeds(em -> new SyncLease(em).take(tenant, workspace, "run-b", afterFirstExpiry)),
                "renewed: still held");
        Instant expired = later.plus(SyncLease.LENGTH).plusSeconds(1);
        assertTrue(succeeds(em -> new SyncLease(em).take(tenant, workspace, "run-b", expired)));
        assertFalse(succeeds(em -> new SyncLease(em).renew(workspace, "run-a", expired)), "the old run lost it");
    }

    @Test
    void anotherTenantCannotTakeTheLease() {
        String workspace = connection(0);
        assertFalse(succeeds(em -> new SyncLease(em).take(Ids.newId(), workspace, "run-x", Timestamps.now())));
    }

    @Test
    void aScheduledRunTakesTheLeaseOnlyWhenDueAndMovesTheNextRunOneIntervalOn() {
        String workspace = connection(60);
        Instant now = Timestamps.now().plusSeconds(1);
        assertTrue(succeeds(em -> new SyncLease(em).takeDue(tenant, workspace, "run-a", now)));
        assertEquals(now.plus(Duration.ofMinutes(60)), nextRun(workspace));
        inTx(em -> {
            new SyncLease(em).release(workspace, "run-a");
            return null;
        });
        assertFalse(
                succeeds(em -> new SyncLease(em).takeDue(tenant, workspace, "run-b", now.plusSeconds(5))), "not due");
        Instant due = now.plus(Duration.ofMinutes(60));
        assertTrue(succeeds(em -> new SyncLease(em).takeDue(tenant, workspace, "run-b", due)));
        assertEquals(due.plus(Duration.ofMinutes(60)), nextRun(workspace));
    }

    @Test
    void aScheduledRunWaitsForARunningOneAndOnDemandConnectionsAreNeverDue() {
        String busy = connection(5);
        Instant now = Timestamps.now().plusSeconds(1);
        assertTrue(succeeds(em -> new SyncLease(em).take(tenant, busy, "manual", now)));
        assertFalse(succeeds(em -> new SyncLease(em).takeDue(tenant, busy, "scheduled", now)));
        String onDemand = connection(0);
        assertFalse(succeeds(
                em -> new SyncLease(em).takeDue(tenant, onDemand, "scheduled", now.plus(Duration.ofDays(30)))));
    }

    @Test
    void ofManyConcurrentTakersExactlyOneWins() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(5);
        try {
            for (int round = 0; round < 10; round++) {
                String workspace = connection(5);
                Instant now = Timestamps.now().plusSeconds(1);
                CountDownLatch go = new CountDownLatch(1);
                List<Future<Boolean>> takes = new ArrayList<>();
                for (int i = 0; i < 5; i++) {
                    String run = "run-" + i;
                    boolean scheduled = i % 2 == 0;
                    takes.add(pool.submit(() -> {
                        go.await();
                        return inTx(em -> scheduled
                                ? new SyncLease(em).takeDue(tenant, workspace, run, now)
                                : new SyncLease(em).take(tenant, workspace, run, now));
                    }));
                }
                go.countDown();
                int won = 0;
                for (Future<Boolean> take : takes) {
                    won += take.get() ? 1 : 0;
                }
                assertEquals(1, won, "round " + round);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private String connection(int intervalMinutes) {
        String workspace = Ids.newId();
        inTx(em -> {
            SourceConnection connection = new SourceConnection(tenant, workspace);
            connection.set(Ids.newId(), "members.csv", intervalMinutes);
            em.persist(connection);
            return null;
        });
        return workspace;
    }

    private Instant nextRun(String workspace) {
        return inTx(em -> em.find(SourceConnection.class, workspace).getNextRun());
    }

    private static boolean succeeds(Function<EntityManager, Boolean> statement) {
        return inTx(statement);
    }

    private static <T> T inTx(Function<EntityManager, T> work) {
        EntityManager em = FACTORY.createEntityManager();
        try {
            em.getTransaction().begin();
            T result = work.apply(em);
            em.getTransaction().commit();
            return result;
        } finally {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
            em.close();
        }
    }
}
