package org.scimspace.workspace.boundary;

import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.scimspace.audit.AuditLog;
import org.scimspace.audit.LogLine;
import org.scimspace.audit.LogType;
import org.scimspace.common.CurrentTenant;
import org.scimspace.common.ServiceException;
import org.scimspace.directory.boundary.GroupDirectory;
import org.scimspace.directory.boundary.GroupSummary;
import org.scimspace.directory.boundary.Page;
import org.scimspace.directory.boundary.UserDirectory;
import org.scimspace.workspace.control.GroupLimits;
import org.scimspace.workspace.control.LimitView;
import org.scimspace.workspace.control.LimitsChange;
import org.scimspace.workspace.control.PersonView;
import org.scimspace.workspace.control.WorkspaceLookup;
import org.scimspace.workspace.control.WorkspaceSync;
import org.scimspace.workspace.control.WorkspaceView;
import org.scimspace.workspace.entity.GroupLimit;
import org.scimspace.workspace.entity.Workspace;
import org.scimspace.workspace.event.WorkspaceDeleted;
import org.scimspace.workspace.event.WorkspaceDeleting;

/**
 * Workspaces and their group limits. Changing the limits recomputes the workspace with a
 * few set-based statements; a dry run does exactly the same and rolls it back.
 */
@Stateless
public class WorkspaceService {

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext context;

    @Inject
    GroupDirectory groups;

    @Inject
    UserDirectory users;

    @Inject
    AuditLog log;

    @Inject
    CurrentTenant caller;

    @Inject
    Event<WorkspaceDeleted> deleted;

    @Inject
    Event<WorkspaceDeleting> deleting;

    public WorkspaceView create(String tenantId, String name) {
        if (name == null || name.isBlank() || name.trim().length() > 200) {
            throw ServiceException.invalid("name", "A workspace name of 1 to 200 characters is required.");
        }
        String trimmed = name.trim();
        boolean taken = !em.createQuery(
                        "select w.id from Workspace w where w.tenantId = :tenant and w.nameKey = :key", String.class)
                .setParameter("tenant", tenantId)
                .setParameter("key", Workspace.nameKey(trimmed))
                .getResultList()
                .isEmpty();
        if (taken) {
            throw ServiceException.conflict("A workspace named '" + trimmed + "' exists already.");
        }
        Workspace workspace = new Workspace(tenantId, trimmed);
        em.persist(workspace);
        audit(workspace, "create workspace", "created workspace " + trimmed);
        return view(workspace, List.of(), 0);
    }

    public Page<WorkspaceView> list(String tenantId, int firstResult, int size) {
        long total = em.createQuery("select count(w) from Workspace w where w.tenantId = :tenant", Long.class)
                .setParameter("tenant", tenantId)
                .getSingleResult();
        List<Workspace> page = em.createQuery(
                        "select w from Workspace w where w.tenantId = :tenant order by w.nameKey, w.id",
                        Workspace.class)
                .setParameter("tenant", tenantId)
                .setFirstResult(firstResult)
                .setMaxResults(size)
                .getResultList();
        return views(total, page);
    }

    /** A page of only these workspaces of the account (a workspace admin's), by name; other ids are ignored. */
    public Page<WorkspaceView> list(String tenantId, List<String> onlyIds, int firstResult, int size) {
        if (onlyIds.isEmpty()) {
            return new Page<>(0, List.of());
        }
        long total = em.createQuery(
                        "select count(w) from Workspace w where w.tenantId = :tenant and w.id in :ids", Long.class)
                .setParameter("tenant", tenantId)
                .setParameter("ids", onlyIds)
                .getSingleResult();
        List<Workspace> page = em.createQuery(
                        "select w from Workspace w where w.tenantId = :tenant and w.id in :ids"
                                + " order by w.nameKey, w.id",
                        Workspace.class)
                .setParameter("tenant", tenantId)
                .setParameter("ids", onlyIds)
                .setFirstResult(firstResult)
                .setMaxResults(size)
                .getResultList();
        return views(total, page);
    }

    private Page<WorkspaceView> views(long total, List<Workspace> page) {
        List<String> ids = page.stream().map(Workspace::getId).toList();
        Map<String, List<String>> limits = limitsOf(ids);
        Map<String, Long> counts = memberCounts(ids);
        return new Page<>(
                total,
                page.stream()
                        .map(w ->
                                view(w, limits.getOrDefault(w.getId(), List.of()), counts.getOrDefault(w.getId(), 0L)))
                        .toList());
    }

    public WorkspaceView get(String tenantId, String id) {
        Workspace workspace = workspace(tenantId, id, LockModeType.NONE);
        return view(
                workspace,
                limitsOf(List.of(id)).getOrDefault(id, List.of()),
                memberCounts(List.of(id)).getOrDefault(id, 0L));
    }

    public void delete(String tenantId, String id) {
        deleting.fire(new WorkspaceDeleting(tenantId, id));
        Workspace workspace = workspace(tenantId, id, LockModeType.PESSIMISTIC_WRITE);
        em.createQuery("delete from WorkspaceMember m where m.workspaceId = :id")
                .setParameter("id", id)
                .executeUpdate();
        em.createQuery("delete from GroupLimit l where l.workspaceId = :id")
                .setParameter("id", id)
                .executeUpdate();
        em.createQuery("delete from ProfileValue v where v.workspaceId = :id")
                .setParameter("id", id)
                .executeUpdate();
        em.createQuery("delete from ProfileField f where f.workspaceId = :id")
                .setParameter("id", id)
                .executeUpdate();
        em.remove(workspace);
        audit(workspace, "delete workspace", "deleted workspace " + workspace.getName());
        deleted.fire(new WorkspaceDeleted(tenantId, id));
    }

    public List<LimitView> limits(String tenantId, String id) {
        workspace(tenantId, id, LockModeType.NONE);
        return limitViews(tenantId, limitsOf(List.of(id)).getOrDefault(id, List.of()));
    }

    /** Replaces the limits and brings the members in line: joiners as participants, leavers unless manual. */
    public LimitsChange setLimits(String tenantId, String id, List<String> entries) {
        List<String> objectIds = GroupLimits.parse(entries);
        Workspace workspace = workspace(tenantId, id, LockModeType.PESSIMISTIC_WRITE);
        em.createQuery("delete from GroupLimit l where l.workspaceId = :id")
                .setParameter("id", id)
                .executeUpdate();
        for (String objectId : objectIds) {
            em.persist(new GroupLimit(tenantId, id, objectId));
        }
        em.flush();
        WorkspaceSync sync = new WorkspaceSync(em);
        List<String> leaving = sync.leave(workspace, null);
        List<String> joining = sync.join(workspace, null);
        String limitsText = objectIds.isEmpty() ? "none" : String.join(", ", objectIds);
        audit(workspace, "set group limits", "group limits of " + workspace.getName() + ": " + limitsText);
        log.recordMemberships(
                tenantId,
                caller.actor(),
                id,
                joining,
                "joined",
                "joined " + workspace.getName() + ": its group limits changed to " + limitsText);
        log.recordMemberships(
                tenantId,
                caller.actor(),
                id,
                leaving,
                "left",
                "left " + workspace.getName() + ": its group limits changed to " + limitsText);
        return new LimitsChange(
                limitViews(tenantId, objectIds),
                joining.size(),
                leaving.size(),
                people(tenantId, joining),
                people(tenantId, leaving));
    }

    /** What {@link #setLimits} would do, computed by doing it and rolling back. */
    public LimitsChange previewLimits(String tenantId, String id, List<String> entries) {
        LimitsChange preview = setLimits(tenantId, id, entries);
        context.setRollbackOnly();
        return preview;
    }

    private Workspace workspace(String tenantId, String id, LockModeType lock) {
        return WorkspaceLookup.find(em, tenantId, id, lock);
    }

    private List<LimitView> limitViews(String tenantId, List<String> objectIds) {
        Map<String, GroupSummary> byKey = new HashMap<>();
        for (GroupSummary group : groups.byExternalIds(tenantId, objectIds)) {
            byKey.put(group.externalId().toLowerCase(java.util.Locale.ROOT), group);
        }
        List<LimitView> views = new ArrayList<>();
        for (String objectId : objectIds) {
            GroupSummary group = byKey.get(objectId);
            views.add(
                    group == null
                            ? new LimitView(objectId, null, null, true, null, null)
                            : new LimitView(
                                    objectId,
                                    group.id(),
                                    group.displayName(),
                                    false,
                                    group.memberCount(),
                                    group.lastModified()));
        }
        return views;
    }

    private List<PersonView> people(String tenantId, List<String> userIds) {
        return users.summaries(tenantId, userIds.subList(0, Math.min(userIds.size(), LimitsChange.LISTED))).stream()
                .map(u -> new PersonView(u.id(), u.userName(), u.displayName()))
                .toList();
    }

    private Map<String, List<String>> limitsOf(List<String> workspaceIds) {
        Map<String, List<String>> limits = new HashMap<>();
        if (!workspaceIds.isEmpty()) {
            em.createQuery(
                            "select l from GroupLimit l where l.workspaceId in :ids order by l.objectId",
                            GroupLimit.class)
                    .setParameter("ids", workspaceIds)
                    .getResultList()
                    .forEach(l -> limits.computeIfAbsent(l.getWorkspaceId(), k -> new ArrayList<>())
                            .add(l.getObjectId()));
        }
        return limits;
    }

    private Map<String, Long> memberCounts(List<String> workspaceIds) {
        Map<String, Long> counts = new HashMap<>();
        if (!workspaceIds.isEmpty()) {
            em.createQuery(
                            "select m.workspaceId, count(m) from WorkspaceMember m where m.workspaceId in :ids"
                                    + " group by m.workspaceId",
                            Object[].class)
                    .setParameter("ids", workspaceIds)
                    .getResultList()
                    .forEach(row -> counts.put((String) row[0], ((Number) row[1]).longValue()));
        }
        return counts;
    }

    private static WorkspaceView view(Workspace workspace, List<String> limits, long memberCount) {
        return new WorkspaceView(workspace.getId(), workspace.getName(), workspace.getCreated(), limits, memberCount);
    }

    private void audit(Workspace workspace, String operation, String detail) {
        log.record(new LogLine(
                workspace.getTenantId(),
                LogType.WORKSPACE,
                caller.actor(),
                operation,
                "Workspace " + workspace.getId(),
                null,
                workspace.getId(),
                true,
                null,
                null,
                detail));
    }
}
