package org.scimspace.workspace.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.LockModeType;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.scimspace.common.Ids;
import org.scimspace.common.Timestamps;
import org.scimspace.database.TestDatabase;
import org.scimspace.directory.control.Memberships;
import org.scimspace.directory.entity.GroupEntity;
import org.scimspace.directory.entity.UserEntity;
import org.scimspace.directory.entity.UserFields;
import org.scimspace.directory.event.GroupDeleted;
import org.scimspace.directory.event.GroupExternalIdChanged;
import org.scimspace.directory.event.GroupMembersChanged;
import org.scimspace.directory.event.UserActivityChanged;
import org.scimspace.directory.event.UserDeleted;
import org.scimspace.workspace.entity.GroupLimit;
import org.scimspace.workspace.entity.Invitee;
import org.scimspace.workspace.entity.Role;
import org.scimspace.workspace.entity.Workspace;
import org.scimspace.workspace.entity.WorkspaceMember;

/**
 * Two fresh accounts on the test H2 database whose users, groups and workspaces a scenario
 * names. Each change is made as production makes it: the directory changes its tables first
 * (as GroupDirectory and UserDirectory do), then the rule engine handles the event the
 * directory fires, in the same transaction; limits and manual changes do what
 * WorkspaceService and WorkspaceMembers do.
 */
final class RulesWorld implements AutoCloseable {

    private static final EntityManagerFactory FACTORY = TestDatabase.entityManagerFactory();

    private final String scenario;
    private final EntityManager em = FACTORY.createEntityManager();
    private final MembershipRuleEngine engine = new MembershipRuleEngine(em, this::record);
    private final String home = Ids.newId();
    private final String other = Ids.newId();
    private String tenant = home;
    private final Map<String, String> ids = new HashMap<>();
    private final Map<String, String> names = new HashMap<>();
    private final List<Logged> log = new ArrayList<>();
    private final List<Step> story = new ArrayList<>();

    /** A world for the named scenario, which failure messages name. */
    RulesWorld(String scenario) {
        this.scenario = scenario;
    }

    /** Runs a step in a transaction of its own with a fresh persistence context, as one request. */
    void perform(Step step) {
        story.add(step);
        em.clear();
        em.getTransaction().begin();
        try {
            step.action().accept(this);
            em.getTransaction().commit();
        } finally {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
        }
    }

    /** Runs an action in the other account: what it creates belongs to that account. */
    void inOtherTenant(Consumer<RulesWorld> action) {
        tenant = other;
        try {
            action.accept(this);
        } finally {
            tenant = home;
        }
    }

    // ---- the directory, as GroupDirectory and UserDirectory change it

    void user(String name, boolean active) {
        UserEntity user = new UserEntity(tenant);
        user.update(new UserFields(name, null, name, active), "{}", Timestamps.now());
        em.persist(user);
        em.flush();
        named(name, user.getId());
    }

    void group(String name, String externalId, List<String> memberNames) {
        GroupEntity group = new GroupEntity(tenant);
        group.update(name, externalId, "{}", group.getCreated());
        em.persist(group);
        em.flush();
        named(name, group.getId());
        Memberships memberships = new Memberships(em, tenant, group.getId());
        memberships.add(idsOf(memberNames));
        if (externalId != null) {
            engine.externalIdChanged(new GroupExternalIdChanged(tenant, group.getId(), null, externalId));
        }
        membersChanged(group, memberships);
    }

    void addToGroup(String groupName, List<String> memberNames) {
        changeMembers(groupName, memberships -> memberships.add(idsOf(memberNames)));
    }

    void removeFromGroup(String groupName, List<String> memberNames) {
        changeMembers(groupName, memberships -> memberships.remove(idsOf(memberNames)));
    }

    void changeExternalId(String groupName, String externalId) {
        GroupEntity group = lockedGroup(groupName);
        String old = group.getExternalId();
        group.update(group.getDisplayName(), externalId, group.getDocument(), Timestamps.now());
        em.flush();
        engine.externalIdChanged(new GroupExternalIdChanged(group.getTenantId(), group.getId(), old, externalId));
    }

    void deleteGroup(String name) {
        GroupEntity group = lockedGroup(name);
        em.createQuery("delete from GroupMember m where m.groupId = :group or m.memberId = :group")
                .setParameter("group", group.getId())
                .executeUpdate();
        em.remove(group);
        engine.groupDeleted(new GroupDeleted(group.getTenantId(), group.getId(), group.getExternalId()));
    }

    void setActive(String name, boolean active) {
        UserEntity user = lockedUser(name);
        boolean wasActive = user.isActive();
        user.update(
                new UserFields(user.getUserName(), user.getExternalId(), user.getDisplayName(), active),
                user.getDocument(),
                Timestamps.now());
        em.flush();
        if (wasActive != active) {
            engine.activityChanged(new UserActivityChanged(user.getTenantId(), user.getId(), active));
        }
    }

    void deleteUser(String name) {
        UserEntity user = lockedUser(name);
        em.createQuery("delete from GroupMember m where m.memberId = :user")
                .setParameter("user", user.getId())
                .executeUpdate();
        em.remove(user);
        engine.userDeleted(new UserDeleted(user.getTenantId(), user.getId()));
    }

    private void changeMembers(String groupName, Consumer<Memberships> change) {
        GroupEntity group = lockedGroup(groupName);
        Memberships memberships = new Memberships(em, group.getTenantId(), group.getId());
        change.accept(memberships);
        group.touch(Timestamps.now());
        membersChanged(group, memberships);
    }

    private void membersChanged(GroupEntity group, Memberships memberships) {
        GroupMembersChanged event = new GroupMembersChanged(
                group.getTenantId(),
                group.getId(),
                group.getExternalId(),
                memberships.addedUsers(),
                memberships.removedUsers());
        if (!event.isEmpty()) {
            engine.membersChanged(event);
        }
    }

    // ---- workspaces, as WorkspaceService and WorkspaceMembers change them

    void workspace(String name) {
        Workspace workspace = new Workspace(tenant, name);
        em.persist(workspace);
        named(name, workspace.getId());
    }

    void limits(String workspaceName, List<String> entries) {
        List<String> objectIds = GroupLimits.parse(entries);
        Workspace workspace = lockedWorkspace(workspaceName);
        em.createQuery("delete from GroupLimit l where l.workspaceId = :id")
                .setParameter("id", workspace.getId())
                .executeUpdate();
        for (String objectId : objectIds) {
            em.persist(new GroupLimit(workspace.getTenantId(), workspace.getId(), objectId));
        }
        em.flush();
        WorkspaceSync sync = new WorkspaceSync(em);
        sync.leave(workspace, null);
        sync.join(workspace, null);
    }

    void addByHand(String workspaceName, String userName) {
        Workspace workspace = lockedWorkspace(workspaceName);
        String userId = idOf(userName);
        WorkspaceMember existing = em.find(WorkspaceMember.class, WorkspaceMember.Key.of(workspace.getId(), userId));
        if (existing == null) {
            em.persist(WorkspaceMember.manual(workspace.getTenantId(), workspace.getId(), userId));
        } else {
            existing.markManual();
        }
        em.flush();
    }

    void invite(String workspaceName, String email) {
        Workspace workspace = lockedWorkspace(workspaceName);
        Invitee invitee = new Invitee(workspace.getTenantId(), email);
        em.persist(invitee);
        named(email, invitee.getId());
        em.persist(WorkspaceMember.manual(workspace.getTenantId(), workspace.getId(), invitee.getId()));
        em.flush();
    }

    void setRole(String workspaceName, String userName, Role role) {
        WorkspaceMember member =
                em.find(WorkspaceMember.class, WorkspaceMember.Key.of(idOf(workspaceName), idOf(userName)));
        assertNotNull(member, () -> failure(userName + " is no member of " + workspaceName));
        member.changeRole(role);
        em.flush();
    }

    // ---- what a scenario expects

    void expectMembers(String workspaceName, List<Member> expected) {
        List<Member> actual = new WorkspaceMembersQuery(em)
                .page(idOf(workspaceName), null, null, 0, 1000).items().stream()
                        .map(Member::of)
                        .toList();
        assertEquals(sorted(expected), sorted(actual), () -> failure("members of " + workspaceName));
    }

    /** The log entries written since the last look, in any order. */
    void expectLog(List<Logged> expected) {
        List<Logged> actual = List.copyOf(log);
        log.clear();
        assertEquals(sorted(expected), sorted(actual), () -> failure("membership log"));
    }

    @Override
    public void close() {
        em.close();
    }

    private String failure(String what) {
        return scenario + ": " + what + " after " + story;
    }

    private void record(String tenantId, String workspaceId, List<String> userIds, String operation, String reason) {
        log.add(new Logged(
                names.get(workspaceId),
                operation,
                userIds.stream().map(names::get).sorted().toList(),
                reason));
    }

    private void named(String name, String id) {
        ids.put(name, id);
        names.put(id, name);
    }

    private String idOf(String name) {
        String id = ids.get(name);
        assertNotNull(id, () -> "no user, group or workspace named " + name);
        return id;
    }

    private List<String> idsOf(Collection<String> names) {
        return names.stream().map(this::idOf).toList();
    }

    private GroupEntity lockedGroup(String name) {
        return em.find(GroupEntity.class, idOf(name), LockModeType.PESSIMISTIC_WRITE);
    }

    private UserEntity lockedUser(String name) {
        return em.find(UserEntity.class, idOf(name), LockModeType.PESSIMISTIC_WRITE);
    }

    private Workspace lockedWorkspace(String name) {
        return em.find(Workspace.class, idOf(name), LockModeType.PESSIMISTIC_WRITE);
    }

    private static <T> List<String> sorted(List<T> items) {
        return items.stream().map(Object::toString).sorted().toList();
    }
}
