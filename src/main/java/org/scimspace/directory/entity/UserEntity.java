package org.scimspace.directory.entity;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Lob;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.scimspace.common.Ids;
import org.scimspace.common.Timestamps;

/**
 * A directory user of one tenant. The full SCIM representation is kept as a JSON document;
 * the attributes Entra looks users up by are columns with indexes, and every other value is
 * copied into {@link UserValue} rows so that any filter runs in the database.
 */
@Entity
@Table(
        name = "scim_user",
        uniqueConstraints =
                @UniqueConstraint(
                        name = "uk_scim_user_name",
                        columnNames = {"tenant_id", "user_name_key"}),
        indexes = {
            @Index(name = "ix_scim_user_external_id", columnList = "tenant_id, external_id"),
            @Index(name = "ix_scim_user_display_name", columnList = "tenant_id, display_name")
        })
public class UserEntity {

    /** Column sizes of the indexed fields; the SCIM mapper refuses longer values with a 400. */
    public static final int MAX_USER_NAME = 512;

    public static final int MAX_EXTERNAL_ID = 512;
    public static final int MAX_DISPLAY_NAME = 1024;

    @Id
    @Column(length = 36)
    private String id;

    @Column(name = "tenant_id", nullable = false, length = 36)
    private String tenantId;

    @Column(name = "user_name", nullable = false, length = MAX_USER_NAME)
    private String userName;

    /** userName in lower case: RFC 7643 makes userName case-insensitive, and so is its uniqueness. */
    @Column(name = "user_name_key", nullable = false, length = MAX_USER_NAME)
    private String userNameKey;

    @Column(name = "external_id", length = MAX_EXTERNAL_ID)
    private String externalId;

    @Column(name = "display_name", length = MAX_DISPLAY_NAME)
    private String displayName;

    @Column(nullable = false)
    private boolean active;

    @Column(nullable = false)
    private Instant created;

    @Column(name = "last_modified", nullable = false)
    private Instant lastModified;

    /** Bumped on every change; the weak ETag of the resource. */
    @Column(nullable = false)
    private long revision;

    @Column(name = "password_hash", length = 512)
    private String passwordHash;

    @Lob
    @Basic(fetch = FetchType.EAGER)
    @Column(nullable = false)
    private String document;

    /**
     * Only for joins in sort queries: values are written and deleted in bulk by the service,
     * never through this collection (bulk statements keep a change O(values of this user)).
     */
    @OneToMany(mappedBy = "user")
    private List<UserValue> values = new ArrayList<>();

    protected UserEntity() {}

    public UserEntity(String tenantId) {
        this.id = Ids.newId();
        this.tenantId = tenantId;
        this.created = Timestamps.now();
        this.lastModified = created;
        this.revision = 0;
    }

    /** Replaces the stored representation; the caller rewrites the searchable values beside it. */
    public void update(UserFields fields, String documentJson, Instant now) {
        this.userName = fields.userName();
        this.userNameKey = userNameKey(fields.userName());
        this.externalId = fields.externalId();
        this.displayName = fields.displayName();
        this.active = fields.active();
        this.document = documentJson;
        this.lastModified = now;
        this.revision++;
    }

    public static String userNameKey(String userName) {
        return userName.toLowerCase(Locale.ROOT);
    }

    public void setPasswordHash(String passwordHash) {
        this.passwordHash = passwordHash;
    }

    public String getId() {
        return id;
    }

    public String getTenantId() {
        return tenantId;
    }

    public String getUserName() {
        return userName;
    }

    public String getExternalId() {
        return externalId;
    }

    public String getDisplayName() {
        return displayName;
    }

    public boolean isActive() {
        return active;
    }

    public Instant getCreated() {
        return created;
    }

    public Instant getLastModified() {
        return lastModified;
    }

    public long getRevision() {
        return revision;
    }

    public String getDocument() {
        return document;
    }
}
