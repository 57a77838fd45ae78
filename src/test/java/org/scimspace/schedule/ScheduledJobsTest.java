package org.scimspace.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.scimspace.common.InstantMicros;
import org.scimspace.database.TestDatabase;

/**
 * The claim that lets one instance of several run a periodic job, on the migrated schema
 * (H2, and PostgreSQL in the build's second run): every instance's timer fires at the same
 * minute, each with its own connection, and exactly one may run the job.
 */
class ScheduledJobsTest {

    /** The row V20 seeds, due at once. */
    private static final String JOB = "log-retention";

    private static final Duration HOUR = Duration.ofMinutes(50);
    private static final int INSTANCES = 8;
    private static final int ROUNDS = 25;

    private static EntityManagerFactory factory;

    @BeforeAll
    static void database() {
        factory = TestDatabase.entityManagerFactory();
    }

    @AfterAll
    static void closeDatabase() {
        factory.close();
    }

    @BeforeEach
    void jobIsDue() {
        setNextRun(Instant.EPOCH);
    }

    @Test
    void aDueJobIsClaimedOnceThenNotUntilItsPeriodHasPassed() {
        Instant before = Instant.now();
        assertTrue(claim(JOB, HOUR), "the seeded job is due on a new database");
        assertFalse(claim(JOB, HOUR), "claimed: not due again within the period");

        Instant next = nextRun();
        assertFalse(next.isBefore(before.plus(HOUR).minusMillis(1)), next::toString);
        assertFalse(next.isAfter(Instant.now().plus(HOUR)), next::toString);

        // the claiming instance died before the next tick: the next one that is due takes it
        setNextRun(Instant.now().minusSeconds(1));
        assertTrue(claim(JOB, HOUR));
    }

    @Test
    void aJobWithoutItsRowIsNeverClaimed() {
        assertFalse(claim("no-such-job", HOUR));
    }

    /**
     * Instances whose timers fire together, each through its own entity manager and
     * transaction as the container gives them: exactly one claim wins each time.
     */
    @Test
    void instancesClaimingAtTheSameMomentRunTheJobOnce() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(INSTANCES);
        try {
            for (int round = 0; round < ROUNDS; round++) {
                setNextRun(Instant.EPOCH);
                CyclicBarrier tick = new CyclicBarrier(INSTANCES);
                List<Callable<Boolean>> instances = new ArrayList<>();
                for (int i = 0; i < INSTANCES; i++) {
                    instances.add(() -> {
                        tick.await(10, TimeUnit.SECONDS);
                        return claim(JOB, HOUR);
                    });
                }
                int winners = 0;
                for (Future<Boolean> claimed : pool.invokeAll(instances)) {
                    winners += claimed.get() ? 1 : 0;
                }
                assertEquals(1, winners, "round " + round);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** {@link ScheduledJobs#claim} in a transaction of its own, as REQUIRES_NEW has it in the server. */
    private static boolean claim(String job, Duration period) {
        EntityManager em = factory.createEntityManager();
        try {
            ScheduledJobs jobs = new ScheduledJobs();
            jobs.em = em;
            em.getTransaction().begin();
            boolean claimed = jobs.claim(job, period);
            em.getTransaction().commit();
            return claimed;
        } finally {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
            em.close();
        }
    }

    private static void setNextRun(Instant nextRun) {
        EntityManager em = factory.createEntityManager();
        try {
            em.getTransaction().begin();
            int updated = em.createNativeQuery("UPDATE scheduled_job SET next_run = ?1 WHERE name = ?2")
                    .setParameter(1, new InstantMicros().convertToDatabaseColumn(nextRun))
                    .setParameter(2, JOB)
                    .executeUpdate();
            em.getTransaction().commit();
            assertEquals(1, updated, "V20 seeds the job " + JOB);
        } finally {
            em.close();
        }
    }

    private static Instant nextRun() {
        EntityManager em = factory.createEntityManager();
        try {
            return em.find(ScheduledJob.class, JOB).getNextRun();
        } finally {
            em.close();
        }
    }
}
