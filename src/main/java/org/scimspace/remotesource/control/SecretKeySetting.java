package org.scimspace.remotesource.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.Optional;
import java.util.logging.Logger;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.scimspace.common.ServiceException;

/**
 * The key that encrypts remote sources' secrets: MicroProfile Config
 * {@code scimspace.secret.key} (env {@code SCIMSPACE_SECRET_KEY}), base64 of 32 random bytes.
 * Without a usable key the rest of Scimspace works and remote sources refuse with a message
 * that says what to set; the server says it once at start, never printing the value.
 */
@ApplicationScoped
public class SecretKeySetting {

    public static final String PROPERTY = "scimspace.secret.key";

    private static final Logger LOG = Logger.getLogger(SecretKeySetting.class.getName());
    private static final String HOW =
            " Set " + PROPERTY + " (env SCIMSPACE_SECRET_KEY) to base64 of 32 random bytes, e.g. the"
                    + " output of 'openssl rand -base64 32', and keep it: secrets stored with one key"
                    + " cannot be read with another.";

    @Inject
    @ConfigProperty(name = PROPERTY)
    Optional<String> configured;

    private SecretCipher cipher;
    private String problem;

    @PostConstruct
    void read() {
        if (configured.isEmpty() || configured.get().isBlank()) {
            problem = "Remote sources are unavailable: " + PROPERTY + " is not set." + HOW;
            return;
        }
        try {
            cipher = SecretCipher.fromBase64(configured.get());
        } catch (IllegalArgumentException e) {
            problem = "Remote sources are unavailable: " + PROPERTY + " is not a usable key (" + e.getMessage() + ")."
                    + HOW;
        }
    }

    /** Whether a key is configured; if not, logs why (the startup check). */
    public boolean check() {
        if (problem != null) {
            LOG.severe(problem);
        }
        return problem == null;
    }

    /** @throws ServiceException (503) saying what to configure when no usable key is set */
    public SecretCipher cipher() {
        if (cipher == null) {
            throw ServiceException.unavailable(problem);
        }
        return cipher;
    }
}
