package org.scimspace.workspace.control;

import jakarta.persistence.EntityManager;

import java.util.List;

import org.scimspace.directory.event.GroupDeleted;
import org.scimspace.directory.event.GroupExternalIdChanged;
import org.scimspace.directory.event.GroupMembersChanged;
import org.scimspace.directory.event.UserActivityChanged;
import org.scimspace.directory.event.UserDeleted;
import org.scimspace.workspace.entity.Workspace;

/**
 * What each directory change does to workspaces (product rules 4, 5 and 7), touching only
 * the (user, workspace) pairs the change concerns. Plain code over an entity manager, so
 * the rules are tested without a server.
 */
public class MembershipRuleEngine {

    private final WorkspaceSync sync;
    private final MembershipLog log;

    public MembershipRuleEngine(EntityManager em, MembershipLog log) {
        this.sync = new WorkspaceSync(em);
        this.log = log;
    }

    public void membersChanged(GroupMembersChanged change) {
        String objectId = change.externalId();
        for (Workspace workspace : sync.lockLimitedBy(change.tenantId(), objectId)) {
            if (!change.addedUserIds().isEmpty()) {
                log.record(
                        workspace,
                        sync.join(workspace, change.addedUserIds()),
                        "joined",
                        "joined " + workspace.getName() + " via group " + objectId);
            }
            if (!change.removedUserIds().isEmpty()) {
                log.record(
                        workspace,
                        sync.leave(workspace, change.removedUserIds()),
                        "left",
                        "left " + workspace.getName() + ": removed from group " + objectId + " in Entra");
            }
        }
    }

    public void groupDeleted(GroupDeleted deleted) {
        for (Workspace workspace : sync.lockLimitedBy(deleted.tenantId(), deleted.externalId())) {
            log.record(
                    workspace,
                    sync.leave(workspace, null),
                    "left",
                    "left " + workspace.getName() + ": group " + deleted.externalId() + " deleted in Entra");
        }
    }

    /** A group arriving with, or changing to, an object ID that limits name: pending limits take effect. */
    public void externalIdChanged(GroupExternalIdChanged change) {
        for (Workspace workspace : sync.lockLimitedBy(change.tenantId(), change.oldExternalId())) {
            log.record(
                    workspace,
                    sync.leave(workspace, null),
                    "left",
                    "left " + workspace.getName() + ": group " + change.oldExternalId()
                            + " changed its object ID in Entra");
        }
        for (Workspace workspace : sync.lockLimitedBy(change.tenantId(), change.newExternalId())) {
            log.record(
                    workspace,
                    sync.join(workspace, null),
                    "joined",
                    "joined " + workspace.getName() + " via group " + change.newExternalId());
        }
    }

    /** Rule 7: deactivation removes the user everywhere; re-activation restores the group-given memberships. */
    public void activityChanged(UserActivityChanged change) {
        if (!change.active()) {
            leftEverywhere(change.tenantId(), change.userId(), "left all workspaces: deactivated in Entra");
            return;
        }
        for (Workspace workspace : sync.lockGranting(change.tenantId(), change.userId())) {
            log.record(
                    workspace,
                    sync.join(workspace, List.of(change.userId())),
                    "joined",
                    "rejoined " + workspace.getName() + " via its groups: re-activated in Entra");
        }
    }

    public void userDeleted(UserDeleted deleted) {
        leftEverywhere(deleted.tenantId(), deleted.userId(), "left all workspaces: deleted in Entra");
    }

    private void leftEverywhere(String tenantId, String userId, String reason) {
        for (String workspaceId : sync.leaveAll(tenantId, userId)) {
            log.record(tenantId, workspaceId, List.of(userId), "left", reason);
        }
    }
}
