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
 * One value of a member's profile field in a workspace: one row for a text field, one per
 * chosen value of a choice field. Read and written in bulk (ProfileValues), never one entity
 * at a time, and removed with the membership. The indexes serve those reads and the
 * workspace's field changes: EclipseLink orders the primary key's columns its own way, and H2
 * seeks a list of user ids only on an index's first column.
 */
@Entity
@Table(
        name = "profile_value",
        indexes = {
            @Index(name = "ix_profile_value_member", columnList = "user_id, workspace_id"),
            @Index(name = "ix_profile_value_field", columnList = "field_id")
        })
@IdClass(ProfileValue.Key.class)
public class ProfileValue {

    public static final int MAX_VALUE = 2000;

    @Id
    @Column(name = "workspace_id", length = 36)
    private String workspaceId;

    @Id
    @Column(name = "user_id", length = 36)
    private String userId;

    @Id
    @Column(name = "field_id", length = 36)
    private String fieldId;

    @Id
    @Column(name = "value_index")
    private int valueIndex;

    @Column(name = "tenant_id", nullable = false, length = 36)
    private String tenantId;

    @Column(name = "field_value", nullable = false, length = MAX_VALUE)
    private String fieldValue;

    protected ProfileValue() {}

    /** Composite primary key. */
    public static class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        private String workspaceId;
        private String userId;
        private String fieldId;
        private int valueIndex;

        public Key() {}

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key
                    && Objects.equals(workspaceId, key.workspaceId)
                    && Objects.equals(userId, key.userId)
                    && Objects.equals(fieldId, key.fieldId)
                    && valueIndex == key.valueIndex;
        }

        @Override
        public int hashCode() {
            return Objects.hash(workspaceId, userId, fieldId, valueIndex);
        }
    }
}
