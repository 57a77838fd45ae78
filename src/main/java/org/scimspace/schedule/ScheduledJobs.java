package org.scimspace.schedule;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Duration;
import java.time.Instant;

import org.scimspace.common.InstantMicros;
import org.scimspace.common.Timestamps;

/**
 * Hands the turn of a periodic job to one instance. Every instance's timer calls {@link #claim};
 * a single conditional UPDATE moves the job's next run forward, and only the instance whose
 * UPDATE changed the row runs the job. The claim commits on its own before the job starts, so
 * a second instance sees it at once. A job whose instance dies is simply claimed again when
 * its next run is due.
 */
@Stateless
public class ScheduledJobs {

    @PersistenceContext
    EntityManager em;

    /**
     * @param job a row of {@code scheduled_job} (created by a migration)
     * @param period how long until the job is due again once claimed
     * @return whether this caller has the turn and should run the job now
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean claim(String job, Duration period) {
        Instant now = Timestamps.now();
        InstantMicros micros = new InstantMicros();
        int claimed = em.createNativeQuery("UPDATE scheduled_job SET next_run = ?1 WHERE name = ?2 AND next_run <= ?3")
                .setParameter(1, micros.convertToDatabaseColumn(now.plus(period)))
                .setParameter(2, job)
                .setParameter(3, micros.convertToDatabaseColumn(now))
                .executeUpdate();
        return claimed == 1;
    }
}
