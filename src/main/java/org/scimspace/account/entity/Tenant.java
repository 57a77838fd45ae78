package org.scimspace.account.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;

import java.time.Instant;

import org.scimspace.common.Ids;
import org.scimspace.common.Timestamps;

/**
 * A customer account. Everything else belongs to exactly one tenant. Guards rule 1 of the
 * product: SCIM can only be switched on once an SSO configuration exists.
 */
@Entity
@Table(name = "tenant", uniqueConstraints = @UniqueConstraint(name = "uk_tenant_name", columnNames = "name"))
@NamedQuery(name = Tenant.BY_NAME, query = "select t from Tenant t where t.name = :name")
@NamedQuery(name = Tenant.ALL, query = "select t from Tenant t order by t.name")
public class Tenant {

    public static final String BY_NAME = "Tenant.byName";
    public static final String ALL = "Tenant.all";

    @Id
    @Column(length = 36)
    private String id;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(name = "scim_enabled", nullable = false)
    private boolean scimEnabled;

    @Column(name = "entra_tenant_id", length = 36)
    private String entraTenantId;

    @Column(name = "sso_domain", length = 253)
    private String ssoDomain;

    @Column(nullable = false)
    private Instant created;

    protected Tenant() {}

    public Tenant(String name) {
        this.id = Ids.newId();
        this.name = name;
        this.created = Timestamps.now();
    }

    public String getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public boolean isScimEnabled() {
        return scimEnabled;
    }

    public boolean hasSso() {
        return entraTenantId != null;
    }

    public String getEntraTenantId() {
        return entraTenantId;
    }

    public String getSsoDomain() {
        return ssoDomain;
    }

    public Instant getCreated() {
        return created;
    }

    public void configureSso(String entraTenantId, String domain) {
        this.entraTenantId = entraTenantId;
        this.ssoDomain = domain;
    }

    /**
     * Switches user synchronisation on or off.
     *
     * @throws IllegalStateException when enabling without an SSO configuration
     */
    public void enableScim(boolean enabled) {
        if (enabled && !hasSso()) {
            throw new IllegalStateException(
                    "SCIM cannot be enabled before Single Sign-On is configured: set the Entra tenant id first.");
        }
        this.scimEnabled = enabled;
    }
}
