package org.scimspace.remotesource.sync;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.scimspace.common.Chunks;
import org.scimspace.workspace.control.NativeParameters;

/**
 * The people of an account that a file's email addresses name: a directory user by userName,
 * else by one of its email addresses (the lowest id when several share it), else an invited
 * person. Read-only native SQL over the directory's and the workspace's tables, a few
 * statements per chunk of rows, as the workspace component reads them.
 */
final class DirectoryPeople {

    private final EntityManager em;

    DirectoryPeople(EntityManager em) {
        this.em = em;
    }

    /** @param emailKeys lower-case addresses */
    Map<String, LinkedPerson> byEmails(String tenantId, List<String> emailKeys) {
        Map<String, LinkedPerson> people = new HashMap<>();
        for (List<String> chunk : Chunks.of(emailKeys, RemoteSync.CHUNK)) {
            // weakest first: each later query overrides what an earlier one found
            for (Object[] row : rows(
                    "select i.email_key, i.id, true from invitee i where i.tenant_id = ?1 and i.email_key in (%s)",
                    tenantId, chunk)) {
                people.put((String) row[0], person(row));
            }
            for (Object[] row : rows(
                    "select v.str_key, u.id, u.active from scim_user_value v join scim_user u on u.id = v.user_id"
                            + " where u.tenant_id = ?1 and v.attr = 'emails' and v.sub = 'value'"
                            + " and v.str_key in (%s) order by u.id desc",
                    tenantId, chunk)) {
                people.put((String) row[0], person(row));
            }
            for (Object[] row : rows(
                    "select u.user_name_key, u.id, u.active from scim_user u where u.tenant_id = ?1"
                            + " and u.user_name_key in (%s)",
                    tenantId, chunk)) {
                people.put((String) row[0], person(row));
            }
        }
        return people;
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql, String tenantId, List<String> keys) {
        Query query = em.createNativeQuery(sql.formatted(NativeParameters.placeholders(2, keys.size())));
        query.setParameter(1, tenantId);
        return NativeParameters.bind(query, 2, keys).getResultList();
    }

    private static LinkedPerson person(Object[] row) {
        return new LinkedPerson((String) row[1], NativeParameters.bool(row[2]));
    }
}
