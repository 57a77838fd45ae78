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
 * person. Reads only. The addresses are a derived table joined to the tables' indexes: H2
 * seeks an IN list only on an index's first column, and these indexes start with the tenant
 * (or the attribute name), so an IN list would scan every user of the account per chunk. The
 * joins are outer joins from the addresses, which no database reorders: with inner joins H2
 * chose to read every e-mail value of the database first (the prefix {@code attr, sub} of the
 * lookup index), and a 100,000-row file beside 200,000 SCIM users was still being looked up
 * after seven minutes in the benchmark. The {@code where} keeps the matches only.
 */
final class DirectoryPeople {

    /** Addresses per statement: EclipseLink prepares a native statement in time square in its values. */
    static final int KEYS = 100;

    private static final String WANTED = "(values %s) as k(wanted)";

    private final EntityManager em;

    DirectoryPeople(EntityManager em) {
        this.em = em;
    }

    /** Invited people by address. */
    static final String INVITEES = "select k.wanted, i.id, true from " + WANTED
            + " left join invitee i on i.tenant_id = ?1 and i.email_key = k.wanted"
            + " where i.id is not null";

    /** Directory users by one of their e-mail addresses, the lowest id last (it wins). */
    static final String BY_EMAIL = "select k.wanted, u.id, u.active from " + WANTED
            + " left join scim_user_value v"
            + " on v.attr = 'emails' and v.sub = 'value' and v.str_key = k.wanted"
            + " left join scim_user u on u.id = v.user_id and u.tenant_id = ?1"
            + " where u.id is not null order by u.id desc";

    /** Directory users by userName. */
    static final String BY_USER_NAME = "select k.wanted, u.id, u.active from " + WANTED
            + " left join scim_user u on u.tenant_id = ?1 and u.user_name_key = k.wanted"
            + " where u.id is not null";

    /** Weakest first: each later query overrides what an earlier one found. */
    static final List<String> QUERIES = List.of(INVITEES, BY_EMAIL, BY_USER_NAME);

    /** @param emailKeys lower-case addresses */
    Map<String, LinkedPerson> byEmails(String tenantId, List<String> emailKeys) {
        Map<String, LinkedPerson> people = new HashMap<>();
        for (List<String> chunk : Chunks.of(emailKeys, KEYS)) {
            for (String query : QUERIES) {
                put(people, query, tenantId, chunk);
            }
        }
        return people;
    }

    /** The statement of a query for this many addresses: ?1 the tenant, ?2… the addresses. */
    static String statement(String query, int keys) {
        StringBuilder values = new StringBuilder();
        for (int i = 0; i < keys; i++) {
            values.append(i == 0 ? "(?" : ", (?").append(i + 2).append(')');
        }
        return query.formatted(values);
    }

    @SuppressWarnings("unchecked")
    private void put(Map<String, LinkedPerson> people, String sql, String tenantId, List<String> keys) {
        Query query = em.createNativeQuery(statement(sql, keys.size()));
        query.setParameter(1, tenantId);
        for (Object[] row :
                (List<Object[]>) NativeParameters.bind(query, 2, keys).getResultList()) {
            people.put((String) row[0], new LinkedPerson((String) row[1], NativeParameters.bool(row[2])));
        }
    }
}
