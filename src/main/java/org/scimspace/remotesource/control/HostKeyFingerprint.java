package org.scimspace.remotesource.control;

import java.security.PublicKey;
import java.util.Optional;
import java.util.regex.Pattern;

import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.digest.BuiltinDigests;

/**
 * A server's host key fingerprint as {@code ssh-keygen -l} prints it: {@code SHA256:} and the
 * unpadded base64 of the SHA-256 of the key's SSH encoding. Only SHA-256 is accepted; MD5
 * fingerprints are too weak to pin a server's identity.
 */
public final class HostKeyFingerprint {

    private static final String PREFIX = "SHA256:";
    /** 32 bytes are 43 base64 characters without padding. */
    private static final Pattern SHA256 = Pattern.compile("SHA256:[A-Za-z0-9+/]{43}");

    private HostKeyFingerprint() {}

    public static String of(PublicKey key) {
        String fingerprint = KeyUtils.getFingerPrint(BuiltinDigests.sha256, key);
        if (fingerprint == null || !fingerprint.startsWith(PREFIX)) {
            throw new IllegalArgumentException(
                    "Cannot compute a SHA-256 fingerprint of a " + key.getAlgorithm() + " key");
        }
        return fingerprint;
    }

    /**
     * The fingerprint in its canonical form, from what a person pasted: surrounding spaces and
     * base64 padding are tolerated, the {@code SHA256:} prefix is required in any case.
     */
    public static Optional<String> normalize(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String trimmed = text.strip();
        if (trimmed.regionMatches(true, 0, PREFIX, 0, PREFIX.length())) {
            trimmed = PREFIX + trimmed.substring(PREFIX.length());
        }
        while (trimmed.endsWith("=")) {
            trimmed = trimmed.substring(0, trimmed.length() - 1);
        }
        return SHA256.matcher(trimmed).matches() ? Optional.of(trimmed) : Optional.empty();
    }

    /** Whether a server's key is the one expected; base64 is case-sensitive, so is this. */
    public static boolean matches(String expected, PublicKey presented) {
        return expected != null && expected.equals(of(presented));
    }
}
