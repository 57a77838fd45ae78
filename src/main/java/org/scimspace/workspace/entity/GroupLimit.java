package org.scimspace.workspace.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Index;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.util.Objects;

/**
 * "Limit to specified user group": an Entra group object ID (lower case) whose members are
 * the workspace's participants. It may name a group that Entra has not provisioned yet.
 */
@Entity
@Table(name = "group_limit", indexes = @Index(name = "ix_group_limit_object", columnList = "tenant_id, object_id"))
@IdClass(GroupLimit.Key.class)
public class GroupLimit {

    @Id
    @Column(name = "workspace_id", length = 36)
    private String workspaceId;

    @Id
    @Column(name = "object_id", length = 36)
    private String objectId;

    @Column(name = "tenant_id", nullable = false, length = 36)
    private String tenantId;

    protected GroupLimit() {}

    public GroupLimit(String tenantId, String workspaceId, String objectId) {
        this.tenantId = tenantId;
        this.workspaceId = workspaceId;
        this.objectId = objectId;
    }

    public String getWorkspaceId() {
        return workspaceId;
    }

    public String getObjectId() {
        return objectId;
    }

    /** Composite primary key. */
    public static class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        private String workspaceId;
        private String objectId;

        public Key() {}

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key
                    && Objects.equals(workspaceId, key.workspaceId)
                    && Objects.equals(objectId, key.objectId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(workspaceId, objectId);
        }
    }
}
