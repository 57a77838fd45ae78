package org.scimspace.remotesource.sync;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.scimspace.common.Chunks;
import org.scimspace.remotesource.csv.ParticipantRow;
import org.scimspace.remotesource.entity.RemoteUser;

/** The remote sources' users of an account: found by external id, removed once no workspace has them. */
final class RemoteUsers {

    private static final String UNNEEDED =
            " and not exists (select m from WorkspaceMember m where m.tenantId = r.tenantId and m.userId = r.id)";

    /** Rows per multi-row INSERT, of {@value #COLUMNS} bound values each. */
    private static final int INSERT_CHUNK = 10;

    private static final int COLUMNS = 11;

    private final EntityManager em;

    RemoteUsers(EntityManager em) {
        this.em = em;
    }

    /** The account's users with these external ids, by external id; columns, never managed entities. */
    Map<String, StoredRemoteUser> byExternalIds(String tenantId, List<String> externalIds) {
        Map<String, StoredRemoteUser> users = new HashMap<>();
        for (List<String> chunk : Chunks.of(externalIds, RemoteSync.CHUNK)) {
            em.createQuery(
                            "select r.externalId, r.id, r.email, r.firstName, r.lastName, r.mobile from RemoteUser r"
                                    + " where r.tenantId = :tenant and r.externalId in :ids",
                            Object[].class)
                    .setParameter("tenant", tenantId)
                    .setParameter("ids", chunk)
                    .getResultList()
                    .forEach(row -> users.put((String) row[0], stored(row)));
        }
        return users;
    }

    private static StoredRemoteUser stored(Object[] row) {
        return new StoredRemoteUser(
                (String) row[1], (String) row[2], (String) row[3], (String) row[4], (String) row[5]);
    }

    /**
     * Stores new users with multi-row inserts: persisting them would keep every one, and its
     * change set, in the persistence context until the end of the run's transaction.
     */
    void insert(List<RemoteUser> users) {
        for (List<RemoteUser> chunk : Chunks.of(users, INSERT_CHUNK)) {
            StringBuilder sql = new StringBuilder("insert into remote_user (id, tenant_id, source_id, external_id,"
                    + " email, email_key, first_name, last_name, mobile, created, last_modified) values ");
            List<Object> values = new ArrayList<>();
            for (RemoteUser user : chunk) {
                sql.append(values.isEmpty() ? "(" : ", (");
                for (int i = 1; i <= COLUMNS; i++) {
                    sql.append('?').append(values.size() + i).append(i < COLUMNS ? ", " : ")");
                }
                values.addAll(Arrays.asList(
                        user.getId(),
                        user.getTenantId(),
                        user.getSourceId(),
                        user.getExternalId(),
                        user.getEmail(),
                        ParticipantRow.emailKey(user.getEmail()),
                        user.getFirstName(),
                        user.getLastName(),
                        user.getMobile(),
                        micros(user.getCreated()),
                        micros(user.getLastModified())));
            }
            Query insert = em.createNativeQuery(sql.toString());
            for (int i = 0; i < values.size(); i++) {
                insert.setParameter(i + 1, values.get(i));
            }
            insert.executeUpdate();
        }
    }

    /** Gives a stored user the row's attributes. */
    void update(String userId, ParticipantRow row, Instant now) {
        em.createQuery("update RemoteUser r set r.email = :email, r.emailKey = :emailKey, r.firstName = :firstName,"
                        + " r.lastName = :lastName, r.mobile = :mobile, r.lastModified = :now where r.id = :id")
                .setParameter("email", row.email())
                .setParameter("emailKey", row.emailKey())
                .setParameter("firstName", row.firstName())
                .setParameter("lastName", row.lastName())
                .setParameter("mobile", row.mobile())
                .setParameter("now", now)
                .setParameter("id", userId)
                .executeUpdate();
    }

    /** As the InstantMicros converter stores an instant, which native SQL bypasses. */
    private static long micros(Instant instant) {
        return ChronoUnit.MICROS.between(Instant.EPOCH, instant);
    }

    /** Removes those of these users (other ids are ignored) that are no workspace's member any more. */
    void removeUnneeded(String tenantId, List<String> userIds) {
        for (List<String> chunk : Chunks.of(userIds, RemoteSync.CHUNK)) {
            em.createQuery("delete from RemoteUser r where r.tenantId = :tenant and r.id in :ids" + UNNEEDED)
                    .setParameter("tenant", tenantId)
                    .setParameter("ids", chunk)
                    .executeUpdate();
        }
    }

    /** Removes every user of the account that is no workspace's member any more. */
    int removeAllUnneeded(String tenantId) {
        return em.createQuery("delete from RemoteUser r where r.tenantId = :tenant" + UNNEEDED)
                .setParameter("tenant", tenantId)
                .executeUpdate();
    }
}
