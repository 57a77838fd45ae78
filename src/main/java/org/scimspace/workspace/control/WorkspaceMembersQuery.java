package org.scimspace.workspace.control;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.scimspace.directory.boundary.Page;
import org.scimspace.workspace.entity.Role;

/**
 * One page of a workspace's members with who they are and why they are members: a count,
 * a page query and one query for the page's limit groups, whatever the workspace's size.
 */
public class WorkspaceMembersQuery {

    private static final String FROM = " from workspace_member m"
            + " left join scim_user u on u.id = m.user_id"
            + " left join invitee i on i.id = m.user_id"
            + " left join remote_user r on r.id = m.user_id"
            + " where m.workspace_id = ?1";

    /** A remote source's user's "first last" in lower case, as the search compares display names. */
    private static final String REMOTE_NAME_KEY =
            "lower(coalesce(r.first_name, '') || ' ' || coalesce(r.last_name, ''))";

    private final EntityManager em;

    public WorkspaceMembersQuery(EntityManager em) {
        this.em = em;
    }

    public Page<MemberView> page(String workspaceId, Role role, MemberSource source, int firstResult, int size) {
        return page(workspaceId, role, source, null, null, firstResult, size);
    }

    /**
     * @param text if not blank, only members whose userName, display name or (for invitees
     *     and remote sources' users) email address contains it, ignoring case; it is matched
     *     literally, % and _ included
     */
    public Page<MemberView> page(
            String workspaceId, Role role, MemberSource source, String text, int firstResult, int size) {
        return page(workspaceId, role, source, text, null, firstResult, size);
    }

    @SuppressWarnings("unchecked")
    private Page<MemberView> page(
            String workspaceId, Role role, MemberSource source, String text, String userId, int firstResult, int size) {
        List<Object> parameters = new ArrayList<>(List.of(workspaceId));
        StringBuilder where = new StringBuilder();
        if (text != null && !text.isBlank()) {
            String pattern = containsPattern(text);
            where.append(" and (");
            for (String column : List.of(
                    "u.user_name_key", "lower(u.display_name)", "i.email_key", "r.email_key", REMOTE_NAME_KEY)) {
                parameters.add(pattern);
                where.append(parameters.size() == 2 ? "" : " or ")
                        .append(column)
                        .append(" like ?")
                        .append(parameters.size())
                        .append(" escape '\\'");
            }
            where.append(')');
        }
        if (role != null) {
            parameters.add(role.name());
            where.append(" and m.role = ?").append(parameters.size());
        }
        if (userId != null) {
            parameters.add(userId);
            where.append(" and m.user_id = ?").append(parameters.size());
        }
        where.append(sourceCondition(source));
        Query count = em.createNativeQuery("select count(*)" + FROM + where);
        long total = ((Number) bind(count, parameters).getSingleResult()).longValue();
        if (size == 0 || total <= firstResult) {
            return new Page<>(total, List.of());
        }
        Query select = em.createNativeQuery("select m.user_id, m.role, m.manual, m.since, u.user_name,"
                + " u.display_name, i.email, m.synced, r.email, r.first_name, r.last_name" + FROM + where
                + " order by coalesce(u.user_name_key, i.email_key, r.email_key), m.user_id");
        List<Object[]> rows = bind(select, parameters)
                .setFirstResult(firstResult)
                .setMaxResults(size)
                .getResultList();
        Map<String, List<String>> via =
                viaGroups(workspaceId, rows.stream().map(row -> (String) row[0]).toList());
        List<MemberView> items = new ArrayList<>();
        for (Object[] row : rows) {
            String memberId = (String) row[0];
            boolean invited = row[6] != null;
            boolean remote = row[8] != null;
            items.add(new MemberView(
                    memberId,
                    invited ? (String) row[6] : remote ? (String) row[8] : (String) row[4],
                    remote ? remoteName((String) row[9], (String) row[10]) : (String) row[5],
                    Role.valueOf((String) row[1]).wireName(),
                    NativeParameters.bool(row[2]),
                    invited,
                    NativeParameters.bool(row[7]),
                    Instant.EPOCH.plus(((Number) row[3]).longValue(), ChronoUnit.MICROS),
                    via.getOrDefault(memberId, List.of())));
        }
        return new Page<>(total, items);
    }

    /** A remote source's user's first and last name, as a display name; null when the file has neither. */
    private static String remoteName(String firstName, String lastName) {
        String name = ((firstName == null ? "" : firstName) + " " + (lastName == null ? "" : lastName)).strip();
        return name.isEmpty() ? null : name;
    }

    /** One member, who must exist. */
    public MemberView one(String workspaceId, String userId) {
        return page(workspaceId, null, null, null, userId, 0, 1).items().get(0);
    }

    /** The limit groups (object IDs) that give each of these users the membership. */
    @SuppressWarnings("unchecked")
    public Map<String, List<String>> viaGroups(String workspaceId, List<String> userIds) {
        Map<String, List<String>> via = new HashMap<>();
        if (userIds.isEmpty()) {
            return via;
        }
        Query query = em.createNativeQuery("select gm.member_id, l.object_id from group_limit l" + WorkspaceSync.GRANTS
                + " where l.workspace_id = ?1 and gm.member_id in (" + NativeParameters.placeholders(2, userIds.size())
                + ") order by l.object_id");
        query.setParameter(1, workspaceId);
        for (Object[] row :
                (List<Object[]>) NativeParameters.bind(query, 2, userIds).getResultList()) {
            via.computeIfAbsent((String) row[0], k -> new ArrayList<>()).add((String) row[1]);
        }
        return via;
    }

    /** A LIKE pattern, in lower case, for values containing the text literally (escape character: backslash). */
    static String containsPattern(String text) {
        String literal = text.trim()
                .toLowerCase(Locale.ROOT)
                .replace("\\", "\\\\")
                .replace("%", "\\%")
                .replace("_", "\\_");
        return "%" + literal + "%";
    }

    private static String sourceCondition(MemberSource source) {
        if (source == null) {
            return "";
        }
        return switch (source) {
            case MANUAL -> " and m.manual = true";
            case INVITED -> " and i.id is not null";
            case REMOTE -> " and m.synced = true";
            case GROUP -> " and exists (select 1 from group_limit l" + WorkspaceSync.GRANTS
                    + " where l.workspace_id = m.workspace_id and gm.member_id = m.user_id)";
        };
    }

    private static Query bind(Query query, List<Object> parameters) {
        for (int i = 0; i < parameters.size(); i++) {
            query.setParameter(i + 1, parameters.get(i));
        }
        return query;
    }
}
