package org.scimspace.remotesource.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.scimspace.common.ServiceException;

/** Keys as ssh-keygen writes them (fixtures under src/test/resources/remotesource, made for these tests). */
class PrivateKeysTest {

    @Test
    void readsOpenSshKeysOfEachCommonType() throws Exception {
        for (String file : List.of("client-ed25519", "client-rsa", "host-ecdsa")) {
            List<KeyPair> pairs = PrivateKeys.load(text(file), null);
            assertEquals(1, pairs.size(), file);
            assertEquals(
                    HostKeyFingerprintTest.publicKey(file + ".pub").getEncoded().length,
                    pairs.get(0).getPublic().getEncoded().length,
                    file);
        }
    }

    @Test
    void readsAnEncryptedKeyWithItsPassphrase() throws Exception {
        KeyPair pair = PrivateKeys.load(text("client-ed25519-encrypted"), "correct horse battery")
                .get(0);
        assertEquals(
                HostKeyFingerprint.of(HostKeyFingerprintTest.publicKey("client-ed25519-encrypted.pub")),
                HostKeyFingerprint.of(pair.getPublic()));
    }

    @Test
    void anEncryptedKeyWithoutOrWithAWrongPassphraseIsRefusedOnThePassphrase() throws Exception {
        String key = text("client-ed25519-encrypted");
        ServiceException missing = assertThrows(ServiceException.class, () -> PrivateKeys.load(key, null));
        assertEquals("passphrase", missing.field());
        assertEquals("The private key is encrypted: its passphrase is required.", missing.getMessage());
        ServiceException wrong = assertThrows(ServiceException.class, () -> PrivateKeys.load(key, "wrong"));
        assertEquals("passphrase", wrong.field());
        assertEquals("The passphrase does not open the private key.", wrong.getMessage());
    }

    @Test
    void textThatIsNoKeyIsRefusedWithoutEchoingIt() throws Exception {
        for (String text : List.of(
                "hunter2",
                "-----BEGIN OPENSSH PRIVATE KEY-----\nAAAAsecretish\n-----END OPENSSH PRIVATE KEY-----",
                text("client-rsa.pub"),
                "x".repeat(PrivateKeys.MAX_LENGTH + 1))) {
            ServiceException refused = assertThrows(ServiceException.class, () -> PrivateKeys.load(text, null));
            assertEquals("privateKey", refused.field());
            assertFalse(refused.getMessage().contains("secretish"));
            assertFalse(refused.getMessage().contains("hunter2"));
        }
    }

    private static String text(String file) throws IOException {
        try (InputStream in = PrivateKeysTest.class.getResourceAsStream("/remotesource/" + file)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
