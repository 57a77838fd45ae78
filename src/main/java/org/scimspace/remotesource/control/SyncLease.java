package org.scimspace.remotesource.control;

import jakarta.persistence.EntityManager;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.scimspace.remotesource.entity.SourceConnection;

/**
 * Who may run a connection now, decided by the database so that it holds across server
 * instances: a run takes the connection's lease with one atomic UPDATE that succeeds only
 * while the lease is free or expired, renews it while it works, and gives it back at the end.
 * A server that dies mid-run leaves a lease that expires after {@link #LENGTH}. Times are the
 * microseconds since the epoch that the columns hold (see {@code InstantMicros}).
 */
public final class SyncLease {

    /** How long a lease lasts unless renewed: a crashed run blocks its connection this long. */
    public static final Duration LENGTH = Duration.ofMinutes(5);

    /** How often a running run renews its lease: well within {@link #LENGTH}. */
    public static final Duration RENEW_EVERY = Duration.ofMinutes(1);

    private static final String TABLE = SourceConnection.TABLE;
    private static final String FREE = "(lease_until is null or lease_until < ?5)";

    private final EntityManager em;

    public SyncLease(EntityManager em) {
        this.em = em;
    }

    /** Takes the lease for a run started by hand; false while another run holds it. */
    public boolean take(String tenantId, String workspaceId, String runId, Instant now) {
        return em.createNativeQuery("update " + TABLE + " set lease_run = ?1, lease_until = ?2"
                                + " where workspace_id = ?3 and tenant_id = ?4 and " + FREE)
                        .setParameter(1, runId)
                        .setParameter(2, micros(now.plus(LENGTH)))
                        .setParameter(3, workspaceId)
                        .setParameter(4, tenantId)
                        .setParameter(5, micros(now))
                        .executeUpdate()
                == 1;
    }

    /**
     * Takes the lease for a scheduled run, only if the connection is due, and sets its next
     * run one interval from now: of several instances whose timers fire together, one wins.
     */
    public boolean takeDue(String tenantId, String workspaceId, String runId, Instant now) {
        return em.createNativeQuery("update " + TABLE + " set lease_run = ?1, lease_until = ?2,"
                                + " next_run = ?5 + cast(interval_minutes as bigint) * 60000000"
                                + " where workspace_id = ?3 and tenant_id = ?4 and interval_minutes > 0"
                                + " and next_run <= ?5 and " + FREE)
                        .setParameter(1, runId)
                        .setParameter(2, micros(now.plus(LENGTH)))
                        .setParameter(3, workspaceId)
                        .setParameter(4, tenantId)
                        .setParameter(5, micros(now))
                        .executeUpdate()
                == 1;
    }

    /** Extends the run's lease; false when the run no longer holds it. */
    public boolean renew(String workspaceId, String runId, Instant now) {
        return em.createNativeQuery(
                                "update " + TABLE + " set lease_until = ?1 where workspace_id = ?2 and lease_run = ?3")
                        .setParameter(1, micros(now.plus(LENGTH)))
                        .setParameter(2, workspaceId)
                        .setParameter(3, runId)
                        .executeUpdate()
                == 1;
    }

    /** Frees the lease if the run still holds it. */
    public void release(String workspaceId, String runId) {
        em.createNativeQuery("update " + TABLE + " set lease_run = null, lease_until = null"
                        + " where workspace_id = ?1 and lease_run = ?2")
                .setParameter(1, workspaceId)
                .setParameter(2, runId)
                .executeUpdate();
    }

    /** The run that holds the connection's lease now, if any. */
    public String holder(String workspaceId, Instant now) {
        List<?> holders = em.createNativeQuery(
                        "select lease_run from " + TABLE + " where workspace_id = ?1 and lease_until >= ?2")
                .setParameter(1, workspaceId)
                .setParameter(2, micros(now))
                .getResultList();
        return holders.isEmpty() ? null : (String) holders.get(0);
    }

    private static long micros(Instant instant) {
        return ChronoUnit.MICROS.between(Instant.EPOCH, instant);
    }
}
