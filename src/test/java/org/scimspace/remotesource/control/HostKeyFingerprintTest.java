package org.scimspace.remotesource.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.util.Optional;

import org.apache.sshd.common.config.keys.AuthorizedKeyEntry;
import org.apache.sshd.common.config.keys.PublicKeyEntryResolver;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The fingerprints as {@code ssh-keygen -l -E sha256 -f <key>.pub} printed them for the fixture keys. */
class HostKeyFingerprintTest {

    @ParameterizedTest
    @CsvSource({
        "host-ed25519.pub, SHA256:4j7sy7KzqgV369tFLmMBGbxG/Qgtnin4iVvdPAN+CLI",
        "host-ecdsa.pub, SHA256:K3ROIA1XBj4rH09ENZdGYj0yxrVvoz8/V444Fnc7gQQ",
        "client-rsa.pub, SHA256:2EWYU62dgMRDRvnd27FcMgm4ixamJ4li+RxWO7yo6xY"
    })
    void computesWhatSshKeygenPrints(String file, String expected) throws Exception {
        PublicKey key = publicKey(file);
        assertEquals(expected, HostKeyFingerprint.of(key));
        assertTrue(HostKeyFingerprint.matches(expected, key));
    }

    @Test
    void anotherKeyOrACaseChangeDoesNotMatch() throws Exception {
        PublicKey host = publicKey("host-ed25519.pub");
        assertFalse(HostKeyFingerprint.matches("SHA256:K3ROIA1XBj4rH09ENZdGYj0yxrVvoz8/V444Fnc7gQQ", host));
        assertFalse(HostKeyFingerprint.matches("SHA256:4J7SY7KzqgV369tFLmMBGbxG/Qgtnin4iVvdPAN+CLI", host));
        assertFalse(HostKeyFingerprint.matches(null, host));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "SHA256:4j7sy7KzqgV369tFLmMBGbxG/Qgtnin4iVvdPAN+CLI",
                "  SHA256:4j7sy7KzqgV369tFLmMBGbxG/Qgtnin4iVvdPAN+CLI\n",
                "sha256:4j7sy7KzqgV369tFLmMBGbxG/Qgtnin4iVvdPAN+CLI",
                "SHA256:4j7sy7KzqgV369tFLmMBGbxG/Qgtnin4iVvdPAN+CLI="
            })
    void normalizesWhatPeoplePaste(String pasted) {
        assertEquals(
                Optional.of("SHA256:4j7sy7KzqgV369tFLmMBGbxG/Qgtnin4iVvdPAN+CLI"),
                HostKeyFingerprint.normalize(pasted));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "4j7sy7KzqgV369tFLmMBGbxG/Qgtnin4iVvdPAN+CLI",
                "MD5:16:27:ac:a5:76:28:2d:36:63:1b:56:4d:eb:df:a6:48",
                "SHA256:4j7sy7KzqgV369tFLmMBGbxG/Qgtnin4iVvdPAN+CL",
                "SHA256:4j7sy7KzqgV369tFLmMBGbxG/Qgtnin4iVvdPAN+CLII",
                "SHA256:4j7sy7KzqgV369tFLmMBGbxG/Qgtnin4iVvdPAN CLI",
                "SHA512:4j7sy7KzqgV369tFLmMBGbxG/Qgtnin4iVvdPAN+CLI"
            })
    void refusesAnythingElse(String pasted) {
        assertEquals(Optional.empty(), HostKeyFingerprint.normalize(pasted));
    }

    static PublicKey publicKey(String file) throws IOException, GeneralSecurityException {
        try (InputStream in = HostKeyFingerprintTest.class.getResourceAsStream("/remotesource/" + file)) {
            String line = new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
            return AuthorizedKeyEntry.parseAuthorizedKeyEntry(line)
                    .resolvePublicKey(null, PublicKeyEntryResolver.FAILING);
        }
    }
}
