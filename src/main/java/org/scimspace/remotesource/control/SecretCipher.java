package org.scimspace.remotesource.control;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Encrypts the secrets of remote sources at rest: AES-256-GCM, a random 96-bit IV per value,
 * a 128-bit tag. Each value is bound to where it is stored (the associated data names the
 * source and the field), so a value copied into another row or field fails to decrypt
 * instead of lending its secret there. Stored as {@code v1:} and base64 of IV and ciphertext.
 */
public final class SecretCipher {

    public static final int KEY_BYTES = 32;
    private static final String VERSION = "v1:";
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretKeySpec key;

    public SecretCipher(byte[] keyBytes) {
        if (keyBytes == null || keyBytes.length != KEY_BYTES) {
            throw new IllegalArgumentException("An AES-256 key of exactly " + KEY_BYTES + " bytes is required");
        }
        this.key = new SecretKeySpec(keyBytes.clone(), "AES");
    }

    /**
     * The key from its configured form, base64 of 32 bytes.
     *
     * @throws IllegalArgumentException naming what is wrong, never the value
     */
    public static SecretCipher fromBase64(String configured) {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(configured.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("it is not base64", e);
        }
        if (bytes.length != KEY_BYTES) {
            throw new IllegalArgumentException(
                    "it decodes to " + bytes.length + " bytes; an AES-256 key has " + KEY_BYTES);
        }
        try {
            return new SecretCipher(bytes);
        } finally {
            Arrays.fill(bytes, (byte) 0);
        }
    }

    /** @param context where the value is stored, e.g. {@code remote_source:<id>:password} */
    public String encrypt(String plaintext, String context) {
        byte[] iv = new byte[IV_BYTES];
        RANDOM.nextBytes(iv);
        try {
            Cipher cipher = cipher(Cipher.ENCRYPT_MODE, iv, context);
            byte[] sealed = cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
            byte[] stored = new byte[IV_BYTES + sealed.length];
            System.arraycopy(iv, 0, stored, 0, IV_BYTES);
            System.arraycopy(sealed, 0, stored, IV_BYTES, sealed.length);
            return VERSION + Base64.getEncoder().encodeToString(stored);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    }

    /**
     * @throws IllegalStateException when the value was not encrypted with this key for this
     *     context (another key configured, a tampered or moved value)
     */
    public String decrypt(String stored, String context) {
        if (stored == null || !stored.startsWith(VERSION)) {
            throw new IllegalStateException("Not a stored secret");
        }
        try {
            byte[] bytes = Base64.getDecoder().decode(stored.substring(VERSION.length()));
            if (bytes.length < IV_BYTES + TAG_BITS / 8) {
                throw new IllegalStateException("Not a stored secret");
            }
            Cipher cipher = cipher(Cipher.DECRYPT_MODE, Arrays.copyOf(bytes, IV_BYTES), context);
            return new String(cipher.doFinal(bytes, IV_BYTES, bytes.length - IV_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException(
                    "A stored secret cannot be decrypted: scimspace.secret.key is not the key it was stored with", e);
        }
    }

    private Cipher cipher(int mode, byte[] iv, String context) throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, iv));
        cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
        return cipher;
    }
}
