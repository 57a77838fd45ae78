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

/** A person who logs in to the console; a main user manages the whole account. */
@Entity
@Table(
        name = "console_user",
        uniqueConstraints = @UniqueConstraint(name = "uk_console_user_login", columnNames = "login"))
@NamedQuery(name = ConsoleUser.BY_LOGIN, query = "select u from ConsoleUser u where u.login = :login")
public class ConsoleUser {

    public static final String BY_LOGIN = "ConsoleUser.byLogin";

    @Id
    @Column(length = 36)
    private String id;

    @Column(name = "tenant_id", nullable = false, length = 36)
    private String tenantId;

    @Column(nullable = false, length = 200)
    private String login;

    /** PBKDF2 hash in Jakarta Security's encoded form; never the password. */
    @Column(name = "password_hash", nullable = false, length = 512)
    private String passwordHash;

    @Column(name = "main_user", nullable = false)
    private boolean mainUser;

    @Column(nullable = false)
    private Instant created;

    /** Failed logins in a row; reset by a successful one. */
    @Column(name = "failed_logins", nullable = false)
    private int failedLogins;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    protected ConsoleUser() {}

    public ConsoleUser(String tenantId, String login, String passwordHash, boolean mainUser) {
        this.id = Ids.newId();
        this.tenantId = tenantId;
        this.login = login;
        this.passwordHash = passwordHash;
        this.mainUser = mainUser;
        this.created = Timestamps.now();
    }

    public String getId() {
        return id;
    }

    public String getTenantId() {
        return tenantId;
    }

    public String getLogin() {
        return login;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public boolean isMainUser() {
        return mainUser;
    }

    public Instant getCreated() {
        return created;
    }

    public boolean isLocked(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    /** Counts a failed login; after {@code limit} in a row the account locks until {@code until}. */
    public void loginFailed(int limit, Instant until) {
        failedLogins++;
        if (failedLogins >= limit) {
            lockedUntil = until;
            failedLogins = 0;
        }
    }

    public void loginSucceeded() {
        failedLogins = 0;
        lockedUntil = null;
    }

    public void changePasswordHash(String newHash) {
        this.passwordHash = newHash;
    }
}
