package org.scimspace.account.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;

import java.time.Duration;
import java.time.Instant;

import org.scimspace.common.Ids;
import org.scimspace.common.Timestamps;

/**
 * A bearer token of a tenant. Only the SHA-256 hash of the secret is stored: the secret has
 * 256 random bits, so a fast hash is enough and lets every request look it up by index.
 */
@Entity
@Table(
        name = "access_token",
        uniqueConstraints = @UniqueConstraint(name = "uk_access_token_hash", columnNames = "secret_hash"),
        indexes = @Index(name = "ix_access_token_tenant", columnList = "tenant_id, kind"))
@NamedQuery(name = AccessToken.BY_HASH, query = "select t from AccessToken t where t.secretHash = :hash")
@NamedQuery(
        name = AccessToken.BY_HASH_WITH_SYNC,
        query = "select t, n.scimEnabled from AccessToken t, Tenant n"
                + " where t.secretHash = :hash and n.id = t.tenantId")
@NamedQuery(
        name = AccessToken.OF_TENANT,
        query = "select t from AccessToken t"
                + " where t.tenantId = :tenantId and t.kind = :kind and t.revoked is null order by t.created")
public class AccessToken {

    public static final String BY_HASH = "AccessToken.byHash";
    /** The token and whether its tenant's synchronisation is on, in one query (every SCIM request). */
    public static final String BY_HASH_WITH_SYNC = "AccessToken.byHashWithSync";

    public static final String OF_TENANT = "AccessToken.ofTenant";

    /** Last-used times are kept to the minute, so a busy token does not write on every request. */
    private static final Duration LAST_USED_RESOLUTION = Duration.ofMinutes(1);

    @Id
    @Column(length = 36)
    private String id;

    @Column(name = "tenant_id", nullable = false, length = 36)
    private String tenantId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private TokenKind kind;

    @Column(name = "secret_hash", nullable = false, length = 64)
    private String secretHash;

    @Column(nullable = false)
    private Instant created;

    @Column(name = "last_used")
    private Instant lastUsed;

    private Instant revoked;

    protected AccessToken() {}

    public AccessToken(String tenantId, TokenKind kind, String secretHash) {
        this.id = Ids.newId();
        this.tenantId = tenantId;
        this.kind = kind;
        this.secretHash = secretHash;
        this.created = Timestamps.now();
    }

    public String getId() {
        return id;
    }

    public String getTenantId() {
        return tenantId;
    }

    public TokenKind getKind() {
        return kind;
    }

    public Instant getCreated() {
        return created;
    }

    public Instant getLastUsed() {
        return lastUsed;
    }

    public boolean isRevoked() {
        return revoked != null;
    }

    public void revoke() {
        if (revoked == null) {
            revoked = Timestamps.now();
        }
    }

    /** Records a use; answers whether the stored time changed (and so needs writing). */
    public boolean markUsed(Instant now) {
        if (lastUsed != null && lastUsed.plus(LAST_USED_RESOLUTION).isAfter(now)) {
            return false;
        }
        lastUsed = now;
        return true;
    }
}
