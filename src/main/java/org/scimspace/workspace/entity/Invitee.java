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

/**
 * A person invited into a workspace by email who is not in the directory: a local user
 * that SCIM never sees or changes (source "invited").
 */
@Entity
@Table(
        name = "invitee",
        uniqueConstraints =
                @UniqueConstraint(
                        name = "uk_invitee_email",
                        columnNames = {"tenant_id", "email_key"}))
public class Invitee {

    @Id
    @Column(length = 36)
    private String id;

    @Column(name = "tenant_id", nullable = false, length = 36)
    private String tenantId;

    @Column(nullable = false, length = 320)
    private String email;

    @Column(name = "email_key", nullable = false, length = 320)
    private String emailKey;

    @Column(nullable = false)
    private Instant created;

    protected Invitee() {}

    public Invitee(String tenantId, String email) {
        this.id = Ids.newId();
        this.tenantId = tenantId;
        this.email = email;
        this.emailKey = emailKey(email);
        this.created = Timestamps.now();
    }

    public static String emailKey(String email) {
        return email.toLowerCase(Locale.ROOT);
    }

    public String getId() {
        return id;
    }

    public String getTenantId() {
        return tenantId;
    }

    public String getEmail() {
        return email;
    }
}
