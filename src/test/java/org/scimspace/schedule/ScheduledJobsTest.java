package org.scimspace.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.scimspace.common.Ids;
import org.scimspace.database.TestDatabase;

/**
 * The claim on the migrated schema, each claim committed on its own connection as two server
 * instances would.
 */
class ScheduledJobsTest {

    private static final EntityManagerFactory FACTORY = TestDatabase.entityManagerFactory();

    @Test
    void aJobsFirstClaimMakesItsRow() {
        String job = "first-" + Ids.newId();
        assertTrue(claim(job, Duration.ofHours(1)));
        assertFalse(claim(job, Duration.ofHours(1)));
        EntityManager em = FACTORY.createEntityManager();
        try {
            assertEquals(job, em.find(ScheduledJob.class, job).getName());
        } finally {
            em.close();
        }
    }

    @Test
    void aClaimedJobIsNotDueAgainUntilItsPeriodHasPassed() {
        String job = newJob();
        assertTrue(claim(job, Duration.ofHours(1)));
        assertFalse(claim(job, Duration.ofHours(1)));
        assertFalse(claim(job, Duration.ZERO), "still an hour to go");
    }

    @Test
    void aJobClaimedForNoTimeIsDueAgainAtOnce() {
        String job = newJob();
        assertTrue(claim(job, Duration.ZERO));
        assertTrue(claim(job, Duration.ofHours(1)));
    }

    @Test
    void ofManyInstancesClaimingAtOnceExactlyOneRunsTheJob() throws Exception {
        assertEquals(1, winners(newJob()));
        assertEquals(1, winners("never-claimed-" + Ids.newId()), "the first claims race to make the row");
    }

    private static int winners(String job) throws Exception {
        int instances = 8;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(instances);
        try {
            List<Future<Boolean>> claims = new ArrayList<>();
            for (int i = 0; i < instances; i++) {
                claims.add(pool.submit(() -> {
                    start.await();
                    return claim(job, Duration.ofHours(1));
                }));
            }
            start.countDown();
            int won = 0;
            for (Future<Boolean> claim : claims) {
                won += claim.get() ? 1 : 0;
            }
            return won;
        } finally {
            pool.shutdownNow();
        }
    }

    private static String newJob() {
        String job = "test-" + Ids.newId();
        EntityManager em = FACTORY.createEntityManager();
        try {
            em.getTransaction().begin();
            em.createNativeQuery("INSERT INTO scheduled_job (name, next_run) VALUES (?1, 0)")
                    .setParameter(1, job)
                    .executeUpdate();
            em.getTransaction().commit();
        } finally {
            em.close();
        }
        return job;
    }

    /** One instance's claim in a transaction of its own, as REQUIRES_NEW gives it in the server. */
    private static boolean claim(String job, Duration period) {
        EntityManager em = FACTORY.createEntityManager();
        try {
            ScheduledJobs jobs = new ScheduledJobs();
            jobs.em = em;
            em.getTransaction().begin();
            boolean claimed = jobs.claim(job, period);
            // a lost race to make the row leaves the transaction to roll back, as the container would
            if (em.getTransaction().getRollbackOnly()) {
                em.getTransaction().rollback();
            } else {
                em.getTransaction().commit();
            }
            return claimed;
        } finally {
            em.close();
        }
    }
}
