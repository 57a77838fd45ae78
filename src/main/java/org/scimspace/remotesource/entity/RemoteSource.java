package org.scimspace.remotesource.entity;

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
 * An SFTP server of an account that workspaces pull their participants from. Its password,
 * private key and passphrase are stored only encrypted (see {@code SecretCipher}); this
 * entity never sees them in clear, so nothing that prints it can leak them.
 */
@Entity
@Table(
        name = "remote_source",
        uniqueConstraints =
                @UniqueConstraint(
                        name = "uk_remote_source_name",
                        columnNames = {"tenant_id", "name_key"}))
public class RemoteSource {

    public static final int NAME_LENGTH = 200;
    public static final int HOST_LENGTH = 255;
    public static final int USER_LENGTH = 200;
    public static final int SHORT_SECRET_LENGTH = 4000;
    public static final int KEY_SECRET_LENGTH = 24000;

    @Id
    @Column(length = 36)
    private String id;

    @Column(name = "tenant_id", nullable = false, length = 36)
    private String tenantId;

    @Column(nullable = false, length = NAME_LENGTH)
    private String name;

    /** The name in lower case: two sources of an account never share a name, ignoring case. */
    @Column(name = "name_key", nullable = false, length = NAME_LENGTH)
    private String nameKey;

    @Column(nullable = false, length = HOST_LENGTH)
    private String host;

    @Column(nullable = false)
    private int port;

    @Column(name = "user_name", nullable = false, length = USER_LENGTH)
    private String userName;

    @Column(name = "password_secret", length = SHORT_SECRET_LENGTH)
    private String passwordSecret;

    @Column(name = "private_key_secret", length = KEY_SECRET_LENGTH)
    private String privateKeySecret;

    @Column(name = "passphrase_secret", length = SHORT_SECRET_LENGTH)
    private String passphraseSecret;

    /** {@code SHA256:…}; null until a main user confirms the server's key. */
    @Column(name = "host_key_fingerprint", length = 60)
    private String hostKeyFingerprint;

    @Column(nullable = false)
    private Instant created;

    @Column(nullable = false)
    private Instant updated;

    protected RemoteSource() {}

    public RemoteSource(String tenantId) {
        this.id = Ids.newId();
        this.tenantId = tenantId;
        this.created = Timestamps.now();
        this.updated = created;
    }

    public static String nameKey(String name) {
        return name.toLowerCase(Locale.ROOT);
    }

    /** Where a secret field of this source is stored: bound into its encryption. */
    public String secretContext(String field) {
        return "remote_source:" + id + ":" + field;
    }

    public void describe(String name, String host, int port, String userName, String hostKeyFingerprint) {
        this.name = name;
        this.nameKey = nameKey(name);
        this.host = host;
        this.port = port;
        this.userName = userName;
        this.hostKeyFingerprint = hostKeyFingerprint;
        this.updated = Timestamps.now();
    }

    public void setPasswordSecret(String encrypted) {
        this.passwordSecret = encrypted;
        this.updated = Timestamps.now();
    }

    /** A key and its passphrase go together: a new key never keeps the old key's passphrase. */
    public void setPrivateKeySecret(String encryptedKey, String encryptedPassphrase) {
        this.privateKeySecret = encryptedKey;
        this.passphraseSecret = encryptedPassphrase;
        this.updated = Timestamps.now();
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

    public String getHost() {
        return host;
    }

    public int getPort() {
        return port;
    }

    public String getUserName() {
        return userName;
    }

    public String getPasswordSecret() {
        return passwordSecret;
    }

    public String getPrivateKeySecret() {
        return privateKeySecret;
    }

    public String getPassphraseSecret() {
        return passphraseSecret;
    }

    public String getHostKeyFingerprint() {
        return hostKeyFingerprint;
    }

    public Instant getCreated() {
        return created;
    }

    public Instant getUpdated() {
        return updated;
    }
}
