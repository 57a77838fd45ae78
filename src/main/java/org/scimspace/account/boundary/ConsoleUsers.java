package org.scimspace.account.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.scimspace.account.control.AuthenticationLog;
import org.scimspace.account.control.ConsoleIdentity;
import org.scimspace.account.control.ConsoleUserView;
import org.scimspace.account.control.PasswordChange;
import org.scimspace.account.control.PasswordHashing;
import org.scimspace.account.entity.ConsoleUser;
import org.scimspace.audit.AuditLog;
import org.scimspace.audit.LogLine;
import org.scimspace.audit.LogType;
import org.scimspace.common.ServiceException;
import org.scimspace.common.Timestamps;

/**
 * Console users: password login with lockout after repeated failures, the main users of an
 * account (never fewer than one), and the console logins of its workspace admins.
 */
@Stateless
public class ConsoleUsers {

    /** Failed logins in a row before the account locks. */
    public static final int LOCKOUT_AFTER = 5;

    public static final Duration LOCKOUT = Duration.ofMinutes(15);

    public static final int MIN_PASSWORD_LENGTH = 12;

    @PersistenceContext
    EntityManager em;

    @Inject
    PasswordHashing passwords;

    @Inject
    AuditLog log;

    /** The identity for a correct login and password of an unlocked user; counts failures. */
    public Optional<ConsoleIdentity> authenticate(String login, String password) {
        Optional<ConsoleUser> found = byLogin(login);
        Instant now = Timestamps.now();
        if (found.isEmpty() || password == null) {
            passwords.matches(password == null ? "" : password, passwords.decoy());
            return Optional.empty();
        }
        ConsoleUser user = found.get();
        if (user.isLocked(now)) {
            return Optional.empty();
        }
        if (!passwords.matches(password, user.getPasswordHash())) {
            user.loginFailed(LOCKOUT_AFTER, now.plus(LOCKOUT));
            return Optional.empty();
        }
        user.loginSucceeded();
        return Optional.of(identity(user));
    }

    /** Whether the login is locked now (so the login page can say so). */
    public boolean isLocked(String login) {
        return byLogin(login).map(user -> user.isLocked(Timestamps.now())).orElse(false);
    }

    public Optional<ConsoleIdentity> identity(String login) {
        return byLogin(login).map(ConsoleUsers::identity);
    }

    public List<ConsoleUserView> mainUsers(String tenantId) {
        return users(tenantId, true);
    }

    /** The console logins of the account's workspace admins: they manage only the workspaces they administer. */
    public List<ConsoleUserView> workspaceAdminLogins(String tenantId) {
        return users(tenantId, false);
    }

    public ConsoleUserView addMainUser(String tenantId, String actor, String login, String password) {
        ConsoleUserView added = add(tenantId, login, password, true);
        audit(tenantId, actor, "add main user", "added main user " + added.login());
        return added;
    }

    /**
     * A console login for a workspace admin: the login is the person's directory userName or
     * invited email, which is how the workspaces they administer are found.
     */
    public ConsoleUserView addWorkspaceAdminLogin(String tenantId, String actor, String login, String password) {
        ConsoleUserView added = add(tenantId, login, password, false);
        audit(
                tenantId,
                actor,
                "add workspace admin login",
                "added console login " + added.login() + " for a workspace admin");
        return added;
    }

    public void removeMainUser(String tenantId, String actor, String userId) {
        ConsoleUser user =
                find(tenantId, userId, true).orElseThrow(() -> ServiceException.notFound("No such main user."));
        if (mainUsers(tenantId).size() <= 1) {
            throw ServiceException.conflict("The last main user of an account cannot be removed.");
        }
        em.remove(user);
        audit(tenantId, actor, "remove main user", "removed main user " + user.getLogin());
    }

    public void removeWorkspaceAdminLogin(String tenantId, String actor, String userId) {
        ConsoleUser user = find(tenantId, userId, false)
                .orElseThrow(() -> ServiceException.notFound("No such workspace admin login."));
        em.remove(user);
        audit(
                tenantId,
                actor,
                "remove workspace admin login",
                "removed console login " + user.getLogin() + " of a workspace admin");
    }

    /**
     * A console user changes their own password. The current password is checked like a login:
     * a wrong one counts as a failed login ({@link #LOCKOUT_AFTER} in a row lock the login for
     * {@link #LOCKOUT}), and while the login is locked it is not checked at all, so an open
     * session cannot guess past the lockout. The new password is checked first: refusing it
     * checks no password and counts nothing. Failures are answered, not thrown, because a
     * thrown refusal would roll back the count.
     */
    public PasswordChange changeOwnPassword(String login, String currentPassword, String newPassword) {
        checkPassword("newPassword", newPassword);
        ConsoleUser user = byLogin(login).orElseThrow(() -> ServiceException.notFound("No such user."));
        Instant now = Timestamps.now();
        if (user.isLocked(now)) {
            AuthenticationLog.refusedPasswordChange(login, true);
            return PasswordChange.LOCKED;
        }
        if (currentPassword == null || !passwords.matches(currentPassword, user.getPasswordHash())) {
            user.loginFailed(LOCKOUT_AFTER, now.plus(LOCKOUT));
            boolean locked = user.isLocked(now);
            AuthenticationLog.refusedPasswordChange(login, locked);
            return locked ? PasswordChange.LOCKED : PasswordChange.WRONG_PASSWORD;
        }
        user.loginSucceeded();
        user.changePasswordHash(passwords.hash(newPassword));
        audit(user.getTenantId(), "console:" + user.getLogin(), "change password", "changed own password");
        return PasswordChange.CHANGED;
    }

    private static void checkPassword(String field, String password) {
        if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
            throw ServiceException.invalid(
                    field, "A password of at least " + MIN_PASSWORD_LENGTH + " characters is required.");
        }
    }

    private List<ConsoleUserView> users(String tenantId, boolean mainUser) {
        return em.createQuery(
                        "select u from ConsoleUser u where u.tenantId = :tenant and u.mainUser = :main order by u.login",
                        ConsoleUser.class)
                .setParameter("tenant", tenantId)
                .setParameter("main", mainUser)
                .getResultStream()
                .map(ConsoleUsers::view)
                .toList();
    }

    private ConsoleUserView add(String tenantId, String login, String password, boolean mainUser) {
        String trimmed = login == null ? "" : login.trim();
        if (!trimmed.matches("[A-Za-z0-9._@+-]{3,200}")) {
            throw ServiceException.invalid("login", "A login of 3 to 200 letters, digits or . _ @ + - is required.");
        }
        checkPassword("password", password);
        if (taken(trimmed)) {
            throw ServiceException.invalid("login", "This login is taken.");
        }
        ConsoleUser user = new ConsoleUser(tenantId, trimmed, passwords.hash(password), mainUser);
        em.persist(user);
        return view(user);
    }

    /** Logins are unique across accounts, and ignoring case, so no two are told apart by case alone. */
    private boolean taken(String login) {
        return !em.createQuery("select u.id from ConsoleUser u where lower(u.login) = :key", String.class)
                .setParameter("key", login.toLowerCase(Locale.ROOT))
                .setMaxResults(1)
                .getResultList()
                .isEmpty();
    }

    /** A console user of this account of the kind asked for; another account's or kind's id is none. */
    private Optional<ConsoleUser> find(String tenantId, String userId, boolean mainUser) {
        ConsoleUser user = userId == null ? null : em.find(ConsoleUser.class, userId);
        if (user == null || !user.getTenantId().equals(tenantId) || user.isMainUser() != mainUser) {
            return Optional.empty();
        }
        return Optional.of(user);
    }

    private static ConsoleUserView view(ConsoleUser user) {
        return new ConsoleUserView(user.getId(), user.getLogin(), user.isMainUser(), user.getCreated());
    }

    private Optional<ConsoleUser> byLogin(String login) {
        if (login == null || login.isBlank()) {
            return Optional.empty();
        }
        return em.createNamedQuery(ConsoleUser.BY_LOGIN, ConsoleUser.class)
                .setParameter("login", login.trim())
                .getResultStream()
                .findFirst();
    }

    private static ConsoleIdentity identity(ConsoleUser user) {
        return new ConsoleIdentity(user.getId(), user.getTenantId(), user.getLogin(), user.isMainUser());
    }

    private void audit(String tenantId, String actor, String operation, String detail) {
        log.record(new LogLine(
                tenantId, LogType.ACCOUNT, actor, operation, "Account", null, null, true, null, null, detail));
    }
}
