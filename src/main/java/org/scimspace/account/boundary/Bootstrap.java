package org.scimspace.account.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.logging.Logger;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.scimspace.account.control.AccountLines;
import org.scimspace.account.control.AccountView;
import org.scimspace.account.control.PasswordHashing;
import org.scimspace.account.entity.ConsoleUser;
import org.scimspace.account.entity.TokenKind;

/**
 * First start on an empty database: creates the tenant {@code default} with the main user
 * {@code admin}, and seeds the tokens an automated deployment configured. Settings come
 * from MicroProfile Config, so {@code SCIMSPACE_BOOTSTRAP_ADMIN_PASSWORD} and friends work
 * as environment variables.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
public class Bootstrap {

    public static final String DEFAULT_TENANT = "default";
    public static final String ADMIN_LOGIN = "admin";

    private static final Logger LOG = Logger.getLogger(Bootstrap.class.getName());

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

    @PostConstruct
    void bootstrap() {
        AccountView tenant = accounts.byName(DEFAULT_TENANT).orElseGet(this::createDefaultTenant);
        scimToken
                .filter(s -> !s.isBlank())
                .ifPresent(s -> tokens.seed(tenant.id(), TokenKind.SCIM, checked(s, TokenKind.SCIM)));
        apiToken.filter(s -> !s.isBlank())
                .ifPresent(s -> tokens.seed(tenant.id(), TokenKind.MANAGEMENT, checked(s, TokenKind.MANAGEMENT)));
    }

    private AccountView createDefaultTenant() {
        AccountView tenant = accounts.create(DEFAULT_TENANT, AccountLines.BOOTSTRAP);
        String password = adminPassword.filter(p -> !p.isBlank()).orElseGet(() -> {
            String generated = randomPassword();
            LOG.warning(() -> "Scimspace first start: log in to the console as '" + ADMIN_LOGIN
                    + "' with the password " + generated + " (shown once; set SCIMSPACE_BOOTSTRAP_ADMIN_PASSWORD"
                    + " to choose it).");
            return generated;
        });
        em.persist(new ConsoleUser(tenant.id(), ADMIN_LOGIN, passwords.hash(password), true));
        LOG.info(() -> "Scimspace first start: created account '" + DEFAULT_TENANT + "' with main user '" + ADMIN_LOGIN
                + "'.");
        return tenant;
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
