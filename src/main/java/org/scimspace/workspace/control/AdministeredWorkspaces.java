package org.scimspace.workspace.control;

import jakarta.persistence.EntityManager;

import java.util.List;
import java.util.Locale;

/**
 * The workspaces a person of an account administers, found by a console login that is their
 * directory userName or their invitation's email (both ignoring case). Only memberships with
 * the role ADMIN count; a directory user Entra deactivated administers nothing, not even
 * through an invitation under the same address.
 */
public class AdministeredWorkspaces {

    /** ?1 the tenant, ?2 the login's key. */
    private static final String ADMIN_OF = " from workspace_member m join workspace w on w.id = m.workspace_id"
            + " where m.tenant_id = ?1 and w.tenant_id = ?1 and m.role = 'ADMIN' and m.user_id in ("
            + "select u.id from scim_user u where u.tenant_id = ?1 and u.user_name_key = ?2 and u.active = true"
            + " union select i.id from invitee i where i.tenant_id = ?1 and i.email_key = ?2"
            + " and not exists (select 1 from scim_user d"
            + " where d.tenant_id = ?1 and d.user_name_key = ?2 and d.active = false))";

    private final EntityManager em;

    public AdministeredWorkspaces(EntityManager em) {
        this.em = em;
    }

    /** The ids of the workspaces the login administers, by name. */
    @SuppressWarnings("unchecked")
    public List<String> ids(String tenantId, String login) {
        String key = key(login);
        if (tenantId == null || key == null) {
            return List.of();
        }
        return ((List<Object>) em.createNativeQuery("select w.id, w.name_key" + ADMIN_OF + " order by w.name_key, w.id")
                        .setParameter(1, tenantId)
                        .setParameter(2, key)
                        .getResultList())
                .stream().map(row -> (String) ((Object[]) row)[0]).distinct().toList();
    }

    /** Whether the login administers this workspace of the tenant. */
    public boolean administers(String tenantId, String login, String workspaceId) {
        String key = key(login);
        if (tenantId == null || key == null || workspaceId == null) {
            return false;
        }
        Number count = (Number) em.createNativeQuery("select count(*)" + ADMIN_OF + " and w.id = ?3")
                .setParameter(1, tenantId)
                .setParameter(2, key)
                .setParameter(3, workspaceId)
                .getSingleResult();
        return count.longValue() > 0;
    }

    /** How userName and email keys are stored: lower case; {@code null} for no login at all. */
    static String key(String login) {
        if (login == null || login.isBlank()) {
            return null;
        }
        return login.strip().toLowerCase(Locale.ROOT);
    }
}
