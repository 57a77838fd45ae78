package org.scimspace.workspace.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;

import java.util.List;
import java.util.Locale;

import org.scimspace.common.Ids;

/**
 * A custom profile field of a workspace: a name (unique ignoring case) and a type. A remote
 * source's file column of that name fills it per member. A choice field's allowed values are
 * stored one a line, as a file writes several values of a cell: no value contains a line break.
 */
@Entity
@Table(
        name = "profile_field",
        uniqueConstraints =
                @UniqueConstraint(
                        name = "uk_profile_field_name",
                        columnNames = {"workspace_id", "name_key"}))
public class ProfileField {

    public static final int MAX_NAME = 100;
    public static final int MAX_ALLOWED_VALUES = 4000;

    @Id
    @Column(length = 36)
    private String id;

    @Column(name = "tenant_id", nullable = false, length = 36)
    private String tenantId;

    @Column(name = "workspace_id", nullable = false, length = 36)
    private String workspaceId;

    @Column(nullable = false, length = MAX_NAME)
    private String name;

    @Column(name = "name_key", nullable = false, length = MAX_NAME)
    private String nameKey;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private FieldType type;

    @Column(name = "allowed_values", length = MAX_ALLOWED_VALUES)
    private String allowedValues;

    /** Where the field comes in the workspace's list, from 0. */
    @Column(name = "field_order", nullable = false)
    private int order;

    protected ProfileField() {}

    public ProfileField(String tenantId, String workspaceId) {
        this.id = Ids.newId();
        this.tenantId = tenantId;
        this.workspaceId = workspaceId;
    }

    public static String nameKey(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }

    public void define(String newName, FieldType newType, List<String> newAllowedValues, int newOrder) {
        this.name = newName;
        this.nameKey = nameKey(newName);
        this.type = newType;
        this.allowedValues = newAllowedValues.isEmpty() ? null : String.join("\n", newAllowedValues);
        this.order = newOrder;
    }

    public String getId() {
        return id;
    }

    public String getWorkspaceId() {
        return workspaceId;
    }

    public String getName() {
        return name;
    }

    public String getNameKey() {
        return nameKey;
    }

    public FieldType getType() {
        return type;
    }

    public List<String> getAllowedValues() {
        return allowedValues == null ? List.of() : List.of(allowedValues.split("\n"));
    }

    public int getOrder() {
        return order;
    }
}
