package org.scimspace.remotesource.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;

import java.time.Instant;

import org.scimspace.common.Ids;
import org.scimspace.remotesource.csv.ParticipantRow;

/**
 * A person a remote source's file lists who is in neither the directory nor invited: a local
 * user that SCIM never sees or changes, kept while a workspace has them as a member. Its
 * attributes are the file's; its external id is the source's id, {@code #}, and the file's
 * ID, so two sources never share a user. A sync writes these in bulk (RemoteUsers), never
 * through the persistence context.
 */
@Entity
@Table(
        name = "remote_user",
        // external_id first: H2 seeks an IN list only on an index's first column, and a sync
        // looks its rows up by lists of external ids
        uniqueConstraints =
                @UniqueConstraint(
                        name = "uk_remote_user_external_id",
                        columnNames = {"external_id", "tenant_id"}))
public class RemoteUser {

    /** A source id (36) and {@code #} before the file's ID of at most 200 characters. */
    public static final int MAX_EXTERNAL_ID = 240;

    @Id
    @Column(length = 36)
    private String id;

    @Column(name = "tenant_id", nullable = false, length = 36)
    private String tenantId;

    @Column(name = "source_id", nullable = false, length = 36)
    private String sourceId;

    @Column(name = "external_id", nullable = false, length = MAX_EXTERNAL_ID)
    private String externalId;

    @Column(nullable = false, length = 320)
    private String email;

    @Column(name = "email_key", nullable = false, length = 320)
    private String emailKey;

    @Column(name = "first_name", length = 200)
    private String firstName;

    @Column(name = "last_name", length = 200)
    private String lastName;

    @Column(length = 200)
    private String mobile;

    @Column(nullable = false)
    private Instant created;

    @Column(name = "last_modified", nullable = false)
    private Instant lastModified;

    protected RemoteUser() {}

    public RemoteUser(String tenantId, String sourceId, ParticipantRow row, Instant now) {
        this.id = Ids.newId();
        this.tenantId = tenantId;
        this.sourceId = sourceId;
        this.externalId = externalId(sourceId, row.id());
        this.created = now;
        this.email = row.email();
        this.emailKey = row.emailKey();
        this.firstName = row.firstName();
        this.lastName = row.lastName();
        this.mobile = row.mobile();
        this.lastModified = now;
    }

    public static String externalId(String sourceId, String csvId) {
        return sourceId + "#" + csvId;
    }

    public String getId() {
        return id;
    }

    public String getTenantId() {
        return tenantId;
    }

    public String getSourceId() {
        return sourceId;
    }

    public String getExternalId() {
        return externalId;
    }

    public String getEmail() {
        return email;
    }

    public String getFirstName() {
        return firstName;
    }

    public String getLastName() {
        return lastName;
    }

    public String getMobile() {
        return mobile;
    }

    public Instant getCreated() {
        return created;
    }

    public Instant getLastModified() {
        return lastModified;
    }
}
