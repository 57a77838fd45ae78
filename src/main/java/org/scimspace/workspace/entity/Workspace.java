package org.scimspace.workspace.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;

import java.time.Instant;
import java.util.Locale;

import org.scimspace.common.Ids;
import org.scimspace.common.Timestamps;

/** A workspace of one account: a project, training or community its people work in. */
@Entity
@Table(
        name = "workspace",
        uniqueConstraints =
                @UniqueConstraint(
                        name = "uk_workspace_name",
                        columnNames = {"tenant_id", "name_key"}))
public class Workspace {

    @Id
    @Column(length = 36)
    private String id;

    @Column(name = "tenant_id", nullable = false, length = 36)
    private String tenantId;

    @Column(nullable = false, length = 200)
    private String name;

    /** The name in lower case: two workspaces of an account never share a name, ignoring case. */
    @Column(name = "name_key", nullable = false, length = 200)
    private String nameKey;

    @Column(nullable = false)
    private Instant created;

    protected Workspace() {}

    public Workspace(String tenantId, String name) {
        this.id = Ids.newId();
        this.tenantId = tenantId;
        this.name = name;
        this.nameKey = nameKey(name);
        this.created = Timestamps.now();
    }

    public static String nameKey(String name) {
        return name.toLowerCase(Locale.ROOT);
    }

    public String getId() {
        return id;
    }

    public String getTenantId() {
        return tenantId;
    }

    public String getName() {
        return name;
    }

    public Instant getCreated() {
        return created;
    }
}
