package org.scimspace.remotesource.sync;

import jakarta.persistence.EntityManager;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.scimspace.common.Chunks;
import org.scimspace.remotesource.entity.RemoteUser;

/** The remote sources' users of an account: found by external id, removed once no workspace has them. */
final class RemoteUsers {

    private static final String UNNEEDED =
            " and not exists (select m from WorkspaceMember m" + " where m.tenantId = r.tenantId and m.userId = r.id)";

    private final EntityManager em;

    RemoteUsers(EntityManager em) {
        this.em = em;
    }

    /** The account's users with these external ids, by external id. */
    Map<String, RemoteUser> byExternalIds(String tenantId, List<String> externalIds) {
        Map<String, RemoteUser> users = new HashMap<>();
        for (List<String> chunk : Chunks.of(externalIds, RemoteSync.CHUNK)) {
            em.createQuery(
                            "select r from RemoteUser r where r.tenantId = :tenant and r.externalId in :ids",
                            RemoteUser.class)
                    .setParameter("tenant", tenantId)
                    .setParameter("ids", chunk)
                    .getResultList()
                    .forEach(user -> users.put(user.getExternalId(), user));
        }
        return users;
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
