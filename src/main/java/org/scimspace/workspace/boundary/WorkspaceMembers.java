package org.scimspace.workspace.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.Optional;

import org.scimspace.account.boundary.AccountService;
import org.scimspace.audit.AuditLog;
import org.scimspace.audit.LogLine;
import org.scimspace.audit.LogType;
import org.scimspace.common.CurrentTenant;
import org.scimspace.common.ServiceException;
import org.scimspace.directory.boundary.Page;
import org.scimspace.directory.boundary.UserDirectory;
import org.scimspace.directory.boundary.UserSummary;
import org.scimspace.workspace.control.MemberAdded;
import org.scimspace.workspace.control.MemberDetail;
import org.scimspace.workspace.control.MemberDetails;
import org.scimspace.workspace.control.MemberRef;
import org.scimspace.workspace.control.MemberSource;
import org.scimspace.workspace.control.MemberView;
import org.scimspace.workspace.control.ProfileValues;
import org.scimspace.workspace.control.WorkspaceLookup;
import org.scimspace.workspace.control.WorkspaceMembersQuery;
import org.scimspace.workspace.entity.Invitee;
import org.scimspace.workspace.entity.Role;
import org.scimspace.workspace.entity.Workspace;
import org.scimspace.workspace.entity.WorkspaceMember;

/**
 * The people of a workspace managed by hand (product rules 3 and 6): list, invite, change a
 * role, remove — removal only where no Entra group governs the workspace.
 */
@Stateless
public class WorkspaceMembers {

    @PersistenceContext
    EntityManager em;

    @Inject
    UserDirectory users;

    @Inject
    AccountService accounts;

    @Inject
    AuditLog log;

    @Inject
    CurrentTenant caller;

    public Page<MemberView> list(
            String tenantId, String workspaceId, Role role, MemberSource source, int first, int size) {
        return list(tenantId, workspaceId, role, source, null, first, size);
    }

    /** @param text if not blank, only members whose userName, display name or email contains it */
    public Page<MemberView> list(
            String tenantId, String workspaceId, Role role, MemberSource source, String text, int first, int size) {
        WorkspaceLookup.find(em, tenantId, workspaceId, LockModeType.NONE);
        return new WorkspaceMembersQuery(em).page(workspaceId, role, source, text, first, size);
    }

    /** Adds by hand (an invitation); an existing membership is then also marked as added by hand. */
    public MemberAdded add(String tenantId, String workspaceId, MemberRef ref) {
        Workspace workspace = WorkspaceLookup.find(em, tenantId, workspaceId, LockModeType.PESSIMISTIC_WRITE);
        String userId = resolve(tenantId, ref);
        WorkspaceMember existing = em.find(WorkspaceMember.class, key(workspaceId, userId));
        boolean created = existing == null;
        if (created) {
            em.persist(WorkspaceMember.manual(tenantId, workspaceId, userId));
        } else {
            existing.markManual();
        }
        em.flush();
        log.recordMemberships(
                tenantId,
                caller.actor(),
                workspaceId,
                List.of(userId),
                "joined",
                (created ? "added to " : "marked as added by hand in ") + workspace.getName());
        return new MemberAdded(view(workspaceId, userId), created);
    }

    public MemberView changeRole(String tenantId, String workspaceId, String userId, String roleName) {
        Role role = Role.of(roleName)
                .orElseThrow(() -> ServiceException.invalid("role", "The role must be participant or admin."));
        Workspace workspace = WorkspaceLookup.find(em, tenantId, workspaceId, LockModeType.NONE);
        // Locked: a SCIM change that removes this member concurrently either waits for the new
        // role or has removed the member already (404); unlocked, the update hit a deleted row
        // and reading the member back failed as a 500.
        WorkspaceMember member = member(workspaceId, userId, LockModeType.PESSIMISTIC_WRITE);
        member.changeRole(role);
        em.flush();
        audit(workspace, userId, "change role", "role in " + workspace.getName() + " set to " + role.wireName());
        return view(workspaceId, userId);
    }

    /** One member with the workspace's profile fields. */
    public MemberDetail get(String tenantId, String workspaceId, String userId) {
        WorkspaceLookup.find(em, tenantId, workspaceId, LockModeType.NONE);
        member(workspaceId, userId, LockModeType.NONE);
        return new MemberDetails(em).of(workspaceId, userId);
    }

    /**
     * Rule 6: a connected workspace of an account with SCIM on refuses manual removals; so does
     * a member the workspace's remote source lists, whom the next sync would bring back.
     */
    public void remove(String tenantId, String workspaceId, String userId) {
        Workspace workspace = WorkspaceLookup.find(em, tenantId, workspaceId, LockModeType.PESSIMISTIC_WRITE);
        WorkspaceMember member = member(workspaceId, userId, LockModeType.NONE);
        if (member.isSynced()) {
            throw ServiceException.conflict("This member comes from the workspace's remote source, so they cannot be"
                    + " removed by hand: remove them from the source's file.");
        }
        boolean connected = em.createQuery("select count(l) from GroupLimit l where l.workspaceId = :id", Long.class)
                        .setParameter("id", workspaceId)
                        .getSingleResult()
                > 0;
        if (connected && accounts.account(tenantId).scimEnabled()) {
            throw ServiceException.conflict("This workspace follows Entra groups, so its members cannot be removed"
                    + " by hand: remove the user from the group in Entra ID, or remove the group limits.");
        }
        em.remove(member);
        new ProfileValues(em).removeMembers(workspaceId, List.of(userId));
        log.recordMemberships(
                tenantId,
                caller.actor(),
                workspaceId,
                List.of(userId),
                "left",
                "removed by hand from " + workspace.getName());
    }

    private String resolve(String tenantId, MemberRef ref) {
        if (ref.userId() != null) {
            Optional<UserSummary> user =
                    users.summaries(tenantId, List.of(ref.userId())).stream().findFirst();
            if (user.isPresent()) {
                return active(user.get());
            }
            Invitee invitee = em.find(Invitee.class, ref.userId());
            if (invitee == null || !invitee.getTenantId().equals(tenantId)) {
                throw ServiceException.notFound("No such user.");
            }
            return invitee.getId();
        }
        if (ref.userName() != null) {
            return active(users.byUserNameOrEmail(tenantId, ref.userName())
                    .filter(u -> u.userName().equalsIgnoreCase(ref.userName()))
                    .orElseThrow(() -> ServiceException.notFound("No user with userName '" + ref.userName() + "'.")));
        }
        Optional<UserSummary> known = users.byUserNameOrEmail(tenantId, ref.email());
        if (known.isPresent()) {
            return active(known.get());
        }
        return invitee(tenantId, ref.email().trim());
    }

    /** Rule 7: a user Entra deactivated is in no workspace, not even by hand. */
    private static String active(UserSummary user) {
        if (!user.active()) {
            throw ServiceException.conflict("User '" + user.userName()
                    + "' is deactivated in Entra ID and cannot be added to a workspace until re-activated.");
        }
        return user.id();
    }

    private String invitee(String tenantId, String email) {
        return em.createQuery(
                        "select i.id from Invitee i where i.tenantId = :tenant and i.emailKey = :key", String.class)
                .setParameter("tenant", tenantId)
                .setParameter("key", Invitee.emailKey(email))
                .getResultStream()
                .findFirst()
                .orElseGet(() -> {
                    Invitee invitee = new Invitee(tenantId, email);
                    em.persist(invitee);
                    return invitee.getId();
                });
    }

    private WorkspaceMember member(String workspaceId, String userId, LockModeType lock) {
        WorkspaceMember member = userId == null ? null : em.find(WorkspaceMember.class, key(workspaceId, userId), lock);
        if (member == null) {
            throw ServiceException.notFound("This user is not a member of the workspace.");
        }
        return member;
    }

    private MemberView view(String workspaceId, String userId) {
        return new WorkspaceMembersQuery(em).one(workspaceId, userId);
    }

    private static WorkspaceMember.Key key(String workspaceId, String userId) {
        return WorkspaceMember.Key.of(workspaceId, userId);
    }

    private void audit(Workspace workspace, String userId, String operation, String detail) {
        log.record(new LogLine(
                workspace.getTenantId(),
                LogType.WORKSPACE,
                caller.actor(),
                operation,
                "User " + userId,
                userId,
                workspace.getId(),
                true,
                null,
                null,
                detail));
    }
}
