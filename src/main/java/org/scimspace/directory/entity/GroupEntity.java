package org.scimspace.directory.entity;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;

import java.time.Instant;
import java.util.Locale;

import org.scimspace.common.Ids;
import org.scimspace.common.Timestamps;

/**
 * A directory group of one tenant. Its members are rows of {@link GroupMember}, never a
 * collection of this entity: groups of 100,000 members change one member at a time.
 * Attributes other than the indexed columns are kept as a JSON document.
 */
@Entity
@Table(
        name = "scim_group",
        uniqueConstraints =
                @UniqueConstraint(
                        name = "uk_scim_group_name",
                        columnNames = {"tenant_id", "display_name_key"}),
        indexes = {
            @Index(name = "ix_scim_group_external_id", columnList = "tenant_id, external_id"),
            @Index(name = "ix_scim_group_external_id_key", columnList = "tenant_id, external_id_key")
        })
public class GroupEntity {

    /** Column sizes of the indexed fields; the SCIM mapper refuses longer values with a 400. */
    public static final int MAX_DISPLAY_NAME = 1024;

    public static final int MAX_EXTERNAL_ID = 512;

    @Id
    @Column(length = 36)
    private String id;

    @Column(name = "tenant_id", nullable = false, length = 36)
    private String tenantId;

    @Column(name = "display_name", nullable = false, length = MAX_DISPLAY_NAME)
    private String displayName;

    /** displayName in lower case: Entra matches groups by it, and it is unique ignoring case. */
    @Column(name = "display_name_key", nullable = false, length = MAX_DISPLAY_NAME)
    private String displayNameKey;

    @Column(name = "external_id", length = MAX_EXTERNAL_ID)
    private String externalId;

    /**
     * externalId in lower case: the Entra object ID that workspace group limits name, which
     * admins paste in whatever case the portal shows.
     */
    @Column(name = "external_id_key", length = MAX_EXTERNAL_ID)
    private String externalIdKey;

    @Column(nullable = false)
    private Instant created;

    @Column(name = "last_modified", nullable = false)
    private Instant lastModified;

    @Column(nullable = false)
    private long revision;

    @Lob
    @Basic(fetch = FetchType.EAGER)
    @Column(nullable = false)
    private String document;

    protected GroupEntity() {}

    public GroupEntity(String tenantId) {
        this.id = Ids.newId();
        this.tenantId = tenantId;
        this.created = Timestamps.now();
        this.lastModified = created;
    }

    /** Replaces the stored attributes (members are separate). */
    public void update(String newDisplayName, String newExternalId, String documentJson, Instant now) {
        this.displayName = newDisplayName;
        this.displayNameKey = displayNameKey(newDisplayName);
        this.externalId = newExternalId;
        this.externalIdKey = newExternalId == null ? null : newExternalId.toLowerCase(Locale.ROOT);
        this.document = documentJson;
        touch(now);
    }

    /** Records a change of the group (also of its members): a new version. */
    public void touch(Instant now) {
        this.lastModified = now;
        this.revision++;
    }

    public static String displayNameKey(String displayName) {
        return displayName.toLowerCase(Locale.ROOT);
    }

    public String getId() {
        return id;
    }

    public String getTenantId() {
        return tenantId;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getExternalId() {
        return externalId;
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
