package org.scimspace.audit;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.persistence.TypedQuery;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.scimspace.audit.control.LogFilter;
import org.scimspace.audit.control.MembershipInsert;
import org.scimspace.audit.entity.LogEntry;
import org.scimspace.common.Chunks;
import org.scimspace.common.CurrentRequest;
import org.scimspace.common.Timestamps;
import org.scimspace.directory.boundary.Page;

/**
 * The provisioning log (product rule 9): components record what they changed, a main user
 * reads it. Lines written with {@link #record} and {@link #recordMemberships} share the
 * caller's transaction, so a change and its line are applied together or not at all; only a
 * request that failed, whose own transaction is gone, is recorded {@linkplain #recordAlone alone}.
 */
@Stateless
public class AuditLog {

    /**
     * Rows per multi-row INSERT. EclipseLink's preparation of a native statement grows with
     * its bound values times their uses ({@link MembershipInsert#sql}): 50 rows of 3 values
     * each, and 8 shared, wrote 10,000 lines twice as fast as 50 rows of 11 values did, and
     * those six times faster than 500 rows.
     */
    static final int MEMBERSHIP_CHUNK = 50;

    @PersistenceContext
    EntityManager em;

    public void record(LogLine line) {
        em.persist(
                new LogEntry(line, Timestamps.now(), CurrentRequest.currentId().orElse(null)));
    }

    /** For a request whose work failed or already committed: the line outlives its outcome. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void recordAlone(LogLine line) {
        record(line);
    }

    /**
     * One MEMBERSHIP line per user, all at the same time, in the caller's transaction. A group
     * of 100,000 users is 200 statements and no entity in the persistence context.
     *
     * @param reason why, as people read it: "joined Onboarding via group 6f1c…"
     */
    public void recordMemberships(
            String tenantId, String actor, String workspaceId, List<String> userIds, String operation, String reason) {
        Objects.requireNonNull(tenantId, "tenantId");
        Objects.requireNonNull(workspaceId, "workspaceId");
        MembershipInsert insert = new MembershipInsert(
                tenantId,
                Timestamps.now(),
                actor,
                workspaceId,
                operation,
                reason,
                CurrentRequest.currentId().orElse(null));
        for (List<String> chunk : Chunks.of(userIds, MEMBERSHIP_CHUNK)) {
            Query statement = em.createNativeQuery(MembershipInsert.sql(chunk.size()));
            List<Object> values = insert.values(chunk);
            for (int i = 0; i < values.size(); i++) {
                statement.setParameter(i + 1, values.get(i));
            }
            statement.executeUpdate();
        }
    }

    /** One page of a tenant's lines, newest first, and how many match in all. */
    public Page<LogView> search(String tenantId, LogQuery query) {
        LogFilter filter = LogFilter.of(tenantId, query);
        TypedQuery<Long> count = em.createQuery("select count(e) from LogEntry e where " + filter.jpql(), Long.class);
        TypedQuery<LogEntry> lines = em.createQuery(
                        "select e from LogEntry e where " + filter.jpql() + " order by e.time desc, e.id desc",
                        LogEntry.class)
                .setFirstResult(query.firstResult())
                .setMaxResults(query.size());
        filter.parameters().forEach((name, value) -> {
            count.setParameter(name, value);
            lines.setParameter(name, value);
        });
        return new Page<>(
                count.getSingleResult(),
                lines.getResultList().stream().map(LogEntry::view).toList());
    }

    /**
     * A tenant's successful and failed lines per bucket from {@code from} (inclusive) to
     * {@code to} (exclusive), every bucket of the range present, oldest first. Buckets start
     * at whole multiples of their length since the epoch (whole UTC hours, UTC days). One
     * grouped query over the (tenant, time) index: the database counts, whatever the volume.
     *
     * @param bucket a whole number of seconds that divides a day, or whole days
     */
    @SuppressWarnings("unchecked")
    public List<LogBucket> histogram(String tenantId, Instant from, Instant to, Duration bucket) {
        long micros = bucket.toSeconds() * 1_000_000L;
        if (bucket.isNegative() || bucket.isZero() || bucket.getNano() != 0 || !from.isBefore(to)) {
            throw new IllegalArgumentException("A positive bucket of whole seconds and a range are required");
        }
        long first = Math.floorDiv(toMicros(from), micros);
        long last = Math.floorDiv(toMicros(to) - 1, micros);
        // The bucket length is our own number, never input: written into the statement so that
        // the grouped expression is the same text in SELECT and GROUP BY on every database.
        List<Object[]> rows = em.createNativeQuery("select time / " + micros + ", success, count(*) from "
                        + LogEntry.TABLE + " where tenant_id = ?1 and time >= ?2 and time < ?3"
                        + " group by time / " + micros + ", success")
                .setParameter(1, tenantId)
                .setParameter(2, toMicros(from))
                .setParameter(3, toMicros(to))
                .getResultList();
        Map<Long, long[]> counts = new HashMap<>();
        for (Object[] row : rows) {
            long index = ((Number) row[0]).longValue();
            boolean success = Boolean.TRUE.equals(row[1]) || Integer.valueOf(1).equals(row[1]);
            counts.computeIfAbsent(index, k -> new long[2])[success ? 0 : 1] += ((Number) row[2]).longValue();
        }
        List<LogBucket> buckets = new ArrayList<>();
        for (long index = first; index <= last; index++) {
            long[] count = counts.getOrDefault(index, new long[2]);
            buckets.add(new LogBucket(Instant.EPOCH.plus(index * micros, ChronoUnit.MICROS), count[0], count[1]));
        }
        return buckets;
    }

    private static long toMicros(Instant instant) {
        return ChronoUnit.MICROS.between(Instant.EPOCH, instant);
    }

    /** Removes every line of every tenant older than the cutoff; running it twice changes nothing. */
    public int purgeBefore(Instant cutoff) {
        return em.createQuery("delete from LogEntry e where e.time < :cutoff")
                .setParameter("cutoff", cutoff)
                .executeUpdate();
    }
}
