package org.scimspace.account.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.scimspace.account.control.AccountLines;
import org.scimspace.account.control.AccountView;
import org.scimspace.account.control.PasswordHashing;
import org.scimspace.account.entity.ConsoleUser;
import org.scimspace.account.entity.TokenKind;

/**
 * The database side of {@link Bootstrap}, in one transaction: creates the tenant {@code
 * default} with the main user {@code admin} on an empty database, and seeds the tokens an
 * automated deployment configured. Settings come from MicroProfile Config, so {@code
 * SCIMSPACE_BOOTSTRAP_ADMIN_PASSWORD} and friends work as environment variables.
 */
@Stateless
public class FirstStart {

    public static final String DEFAULT_TENANT = "default";
    public static final String ADMIN_LOGIN = "admin";

    /** The account this start created, and the admin password it chose when none was configured. */
    public record CreatedAccount(Optional<String> generatedPassword) {}

    @PersistenceContext
    EntityManager em;

    @Inject
    AccountService accounts;

    @Inject
    TokenService tokens;

    @Inject
    PasswordHashing passwords;

    @Inject
    @ConfigProperty(name = "scimspace.bootstrap.admin.password")
    Optional<String> adminPassword;

    @Inject
    @ConfigProperty(name = "scimspace.bootstrap.scim.token")
    Optional<String> scimToken;

    @Inject
    @ConfigProperty(name = "scimspace.bootstrap.api.token")
    Optional<String> apiToken;

    /** @return the account, when this call created it (an empty database) */
    public Optional<CreatedAccount> seed() {
        Optional<AccountView> existing = accounts.byName(DEFAULT_TENANT);
        AccountView tenant = existing.orElseGet(() -> accounts.create(DEFAULT_TENANT, AccountLines.BOOTSTRAP));
        Optional<CreatedAccount> created = existing.isPresent() ? Optional.empty() : Optional.of(addAdmin(tenant));
        scimToken
                .filter(s -> !s.isBlank())
                .ifPresent(s -> tokens.seed(tenant.id(), TokenKind.SCIM, checked(s, TokenKind.SCIM)));
        apiToken.filter(s -> !s.isBlank())
                .ifPresent(s -> tokens.seed(tenant.id(), TokenKind.MANAGEMENT, checked(s, TokenKind.MANAGEMENT)));
        return created;
    }

    private CreatedAccount addAdmin(AccountView tenant) {
        Optional<String> configured = adminPassword.filter(p -> !p.isBlank());
        Optional<String> generated = configured.isPresent() ? Optional.empty() : Optional.of(randomPassword());
        String password = configured.or(() -> generated).orElseThrow();
        em.persist(new ConsoleUser(tenant.id(), ADMIN_LOGIN, passwords.hash(password), true));
        return new CreatedAccount(generated);
    }

    /** Seeded secrets must carry the kind's prefix, so they can never open the other API. */
    private static String checked(String secret, TokenKind kind) {
        if (!secret.startsWith(kind.prefix()) || secret.length() < kind.prefix().length() + 32) {
            throw new IllegalStateException("A bootstrap " + kind + " token must start with '" + kind.prefix()
                    + "' followed by at least 32 characters.");
        }
        return secret;
    }

    private static String randomPassword() {
        byte[] bytes = new byte[18];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
