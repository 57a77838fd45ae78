package org.scimspace.schedule;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;

import java.time.Duration;
import java.time.Instant;

import org.scimspace.common.InstantMicros;
import org.scimspace.common.Timestamps;

/**
 * Hands the turn of a periodic job to one instance. Every instance's timer calls {@link #claim};
 * a single conditional UPDATE moves the job's next run forward, and only the instance whose
 * UPDATE changed the row runs the job. The claim commits on its own before the job starts, so
 * a second instance sees it at once. A job whose instance dies is simply claimed again when
 * its next run is due. A job needs no set-up: its first claim makes its row.
 */
@Stateless
public class ScheduledJobs {

    private static final InstantMicros MICROS = new InstantMicros();

    @PersistenceContext
    EntityManager em;

    /**
     * @param job the job's name
     * @param period how long until the job is due again once claimed
     * @return whether this caller has the turn and should run the job now
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean claim(String job, Duration period) {
        Instant now = Timestamps.now();
        long next = MICROS.convertToDatabaseColumn(now.plus(period));
        int claimed = em.createNativeQuery("UPDATE scheduled_job SET next_run = ?1 WHERE name = ?2 AND next_run <= ?3")
                .setParameter(1, next)
                .setParameter(2, job)
                .setParameter(3, MICROS.convertToDatabaseColumn(now))
                .executeUpdate();
        if (claimed == 1) {
            return true;
        }
        if (em.find(ScheduledJob.class, job) != null) {
            return false;
        }
        // The job's first claim ever: of instances racing here, the key lets one insert.
        try {
            em.createNativeQuery("INSERT INTO scheduled_job (name, next_run) VALUES (?1, ?2)")
                    .setParameter(1, job)
                    .setParameter(2, next)
                    .executeUpdate();
            return true;
        } catch (PersistenceException e) {
            return false;
        }
    }
}
