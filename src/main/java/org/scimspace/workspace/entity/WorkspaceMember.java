package org.scimspace.workspace.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Index;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

import org.scimspace.common.Timestamps;

/**
 * A user's membership of a workspace, with the role an admin gave it, whether somebody
 * added the user by hand and whether the workspace's remote source lists the user. Which
 * limit groups grant it is not stored: it is read from the directory's memberships, so it
 * can never disagree with them. A member stays while any of the three reasons holds.
 */
@Entity
@Table(
        name = "workspace_member",
        indexes = {
            @Index(name = "ix_workspace_member_user", columnList = "tenant_id, user_id"),
            @Index(name = "ix_workspace_member_workspace", columnList = "workspace_id, user_id")
        })
@IdClass(WorkspaceMember.Key.class)
public class WorkspaceMember {

    @Id
    @Column(name = "workspace_id", length = 36)
    private String workspaceId;

    /** A directory user's id, an invited person's ({@link Invitee}) or a remote source's user's. */
    @Id
    @Column(name = "user_id", length = 36)
    private String userId;

    @Column(name = "tenant_id", nullable = false, length = 36)
    private String tenantId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Role role;

    @Column(nullable = false)
    private boolean manual;

    /** The workspace's remote source lists the user (product "Remote source sync"). */
    @Column(nullable = false)
    private boolean synced;

    @Column(nullable = false)
    private Instant since;

    protected WorkspaceMember() {}

    /** A member added by hand (an invitation), as participant. */
    public static WorkspaceMember manual(String tenantId, String workspaceId, String userId) {
        WorkspaceMember member = new WorkspaceMember();
        member.tenantId = tenantId;
        member.workspaceId = workspaceId;
        member.userId = userId;
        member.role = Role.PARTICIPANT;
        member.manual = true;
        member.since = Timestamps.now();
        return member;
    }

    public void markManual() {
        this.manual = true;
    }

    public void changeRole(Role newRole) {
        this.role = newRole;
    }

    public String getWorkspaceId() {
        return workspaceId;
    }

    public String getUserId() {
        return userId;
    }

    public Role getRole() {
        return role;
    }

    public boolean isManual() {
        return manual;
    }

    public boolean isSynced() {
        return synced;
    }

    public Instant getSince() {
        return since;
    }

    /** Composite primary key. */
    public static class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        private String workspaceId;
        private String userId;

        public Key() {}

        public static Key of(String workspaceId, String userId) {
            Key key = new Key();
            key.workspaceId = workspaceId;
            key.userId = userId;
            return key;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key
                    && Objects.equals(workspaceId, key.workspaceId)
                    && Objects.equals(userId, key.userId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(workspaceId, userId);
        }
    }
}
