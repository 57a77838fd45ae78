package org.scimspace.remotesource.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Base64;
import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

class SecretCipherTest {

    private static final String KEY = Base64.getEncoder().encodeToString(new byte[32]);
    private static final String OTHER_KEY = Base64.getEncoder().encodeToString(filled(7));

    private final SecretCipher cipher = SecretCipher.fromBase64(KEY);

    @Test
    void decryptsWhatItEncryptedWithTheSameContext() {
        String stored = cipher.encrypt("pässwörd with ünïcode", "remote_source:1:password");
        assertEquals("pässwörd with ünïcode", cipher.decrypt(stored, "remote_source:1:password"));
    }

    @Test
    void storedFormIsVersionedBase64AndHidesThePlaintext() {
        String stored = cipher.encrypt("hunter2-hunter2", "ctx");
        assertTrue(stored.startsWith("v1:"), stored);
        assertFalse(stored.contains("hunter2"), stored);
        byte[] raw = Base64.getDecoder().decode(stored.substring(3));
        assertEquals(12 + "hunter2-hunter2".length() + 16, raw.length, "IV, ciphertext and tag");
    }

    @Test
    void everyValueGetsAFreshIv() {
        Set<String> ivs = new HashSet<>();
        Set<String> stored = new HashSet<>();
        for (int i = 0; i < 200; i++) {
            String value = cipher.encrypt("same", "ctx");
            stored.add(value);
            ivs.add(Base64.getEncoder()
                    .encodeToString(java.util.Arrays.copyOf(Base64.getDecoder().decode(value.substring(3)), 12)));
        }
        assertEquals(200, stored.size());
        assertEquals(200, ivs.size());
    }

    @Test
    void aValueMovedToAnotherSourceOrFieldDoesNotDecrypt() {
        String stored = cipher.encrypt("secret", "remote_source:1:password");
        assertThrows(IllegalStateException.class, () -> cipher.decrypt(stored, "remote_source:2:password"));
        assertThrows(IllegalStateException.class, () -> cipher.decrypt(stored, "remote_source:1:passphrase"));
    }

    @Test
    void anotherKeyCannotDecryptAndSaysWhy() {
        String stored = cipher.encrypt("secret", "ctx");
        IllegalStateException refused =
                assertThrows(IllegalStateException.class, () -> SecretCipher.fromBase64(OTHER_KEY)
                        .decrypt(stored, "ctx"));
        assertTrue(refused.getMessage().contains("scimspace.secret.key"), refused.getMessage());
        assertFalse(refused.getMessage().contains("secret\""), refused.getMessage());
    }

    @Test
    void tamperedValuesAreRefused() {
        String stored = cipher.encrypt("secret", "ctx");
        byte[] raw = Base64.getDecoder().decode(stored.substring(3));
        raw[raw.length - 1] ^= 1;
        String tampered = "v1:" + Base64.getEncoder().encodeToString(raw);
        assertThrows(IllegalStateException.class, () -> cipher.decrypt(tampered, "ctx"));
        assertThrows(IllegalStateException.class, () -> cipher.decrypt("v1:AAAA", "ctx"));
        assertThrows(IllegalStateException.class, () -> cipher.decrypt("secret", "ctx"));
        assertThrows(IllegalStateException.class, () -> cipher.decrypt("v1:not base64!", "ctx"));
    }

    @Test
    void configuredKeysMustBeBase64OfThirtyTwoBytes() {
        assertNotEquals(null, SecretCipher.fromBase64("  " + KEY + "\n"));
        IllegalArgumentException shortKey = assertThrows(
                IllegalArgumentException.class,
                () -> SecretCipher.fromBase64(Base64.getEncoder().encodeToString(new byte[16])));
        assertTrue(shortKey.getMessage().contains("16 bytes"), shortKey.getMessage());
        IllegalArgumentException notBase64 =
                assertThrows(IllegalArgumentException.class, () -> SecretCipher.fromBase64("not a key at all!"));
        assertTrue(notBase64.getMessage().contains("base64"), notBase64.getMessage());
        assertFalse(notBase64.getMessage().contains("not a key at all"), "never echoes the configured value");
    }

    private static byte[] filled(int value) {
        byte[] bytes = new byte[32];
        java.util.Arrays.fill(bytes, (byte) value);
        return bytes;
    }
}
