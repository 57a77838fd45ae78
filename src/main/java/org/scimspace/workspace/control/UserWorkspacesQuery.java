package org.scimspace.workspace.control;

import jakarta.persistence.EntityManager;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.scimspace.workspace.entity.Role;

/**
 * The workspaces of one user of a tenant, with the role and the reasons of each membership:
 * two indexed queries, whatever the number of workspaces and groups.
 */
public class UserWorkspacesQuery {

    private final EntityManager em;

    public UserWorkspacesQuery(EntityManager em) {
        this.em = em;
    }

    @SuppressWarnings("unchecked")
    public List<UserWorkspace> of(String tenantId, String userId) {
        List<Object[]> rows = em.createNativeQuery(
                        "select w.id, w.name, m.role, m.manual, m.synced from workspace_member m"
                                + " join workspace w on w.id = m.workspace_id"
                                + " where m.tenant_id = ?1 and m.user_id = ?2 order by w.name_key")
                .setParameter(1, tenantId)
                .setParameter(2, userId)
                .getResultList();
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<String, List<String>> via = new HashMap<>();
        ((List<Object[]>) em.createNativeQuery("select l.workspace_id, g.display_name from group_limit l"
                                + WorkspaceSync.GRANTS
                                + " where l.tenant_id = ?1 and gm.member_id = ?2 order by g.display_name_key")
                        .setParameter(1, tenantId)
                        .setParameter(2, userId)
                        .getResultList())
                .forEach(row -> via.computeIfAbsent((String) row[0], k -> new ArrayList<>())
                        .add((String) row[1]));
        List<UserWorkspace> workspaces = new ArrayList<>();
        for (Object[] row : rows) {
            String workspaceId = (String) row[0];
            workspaces.add(new UserWorkspace(
                    workspaceId,
                    (String) row[1],
                    Role.valueOf((String) row[2]).wireName(),
                    NativeParameters.bool(row[3]),
                    NativeParameters.bool(row[4]),
                    via.getOrDefault(workspaceId, List.of())));
        }
        return workspaces;
    }
}
