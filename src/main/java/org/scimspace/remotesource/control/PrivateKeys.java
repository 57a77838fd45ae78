package org.scimspace.remotesource.control;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.sshd.common.NamedResource;
import org.apache.sshd.common.config.keys.FilePasswordProvider;
import org.apache.sshd.common.util.security.SecurityUtils;
import org.scimspace.common.ServiceException;

/**
 * Reads a private key as pasted (OpenSSH's {@code -----BEGIN OPENSSH PRIVATE KEY-----}, or
 * PEM), decrypting it with its passphrase. Refusals name the field at fault and never echo
 * any of the key's text.
 */
public final class PrivateKeys {

    /** An OpenSSH RSA 8192-bit key is about 6,600 characters; anything longer is not a key. */
    public static final int MAX_LENGTH = 16_000;

    private static final NamedResource NAME = NamedResource.ofName("privateKey");

    private PrivateKeys() {}

    /** @throws ServiceException (field privateKey or passphrase) when the key cannot be used */
    public static List<KeyPair> load(String text, String passphrase) {
        if (text.length() > MAX_LENGTH) {
            throw ServiceException.invalid(
                    "privateKey", "The private key is longer than " + MAX_LENGTH + " characters.");
        }
        // The parser asks for the passphrase only when the key is encrypted.
        AtomicBoolean asked = new AtomicBoolean();
        FilePasswordProvider passwords = (session, resource, retryIndex) -> {
            asked.set(true);
            return passphrase == null || passphrase.isEmpty() ? null : passphrase;
        };
        List<KeyPair> pairs = new ArrayList<>();
        try {
            Iterable<KeyPair> loaded = SecurityUtils.loadKeyPairIdentities(
                    null, NAME, new ByteArrayInputStream(text.strip().getBytes(StandardCharsets.UTF_8)), passwords);
            if (loaded != null) {
                loaded.forEach(pairs::add);
            }
        } catch (IOException | GeneralSecurityException | RuntimeException e) {
            throw refusal(asked.get(), passphrase);
        }
        if (pairs.isEmpty()) {
            throw refusal(asked.get(), passphrase);
        }
        return pairs;
    }

    private static ServiceException refusal(boolean encrypted, String passphrase) {
        if (encrypted && (passphrase == null || passphrase.isEmpty())) {
            return ServiceException.invalid("passphrase", "The private key is encrypted: its passphrase is required.");
        }
        if (encrypted) {
            return ServiceException.invalid("passphrase", "The passphrase does not open the private key.");
        }
        return ServiceException.invalid(
                "privateKey",
                "Not a private key in OpenSSH format (-----BEGIN OPENSSH PRIVATE KEY-----, as ssh-keygen writes it).");
    }
}
