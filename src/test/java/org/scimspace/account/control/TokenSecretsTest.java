package org.scimspace.account.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;

import org.junit.jupiter.api.Test;
import org.scimspace.account.entity.AccessToken;
import org.scimspace.account.entity.TokenKind;

class TokenSecretsTest {

    @Test
    void secretsCarry256RandomBitsAfterTheirPrefix() {
        String first = TokenSecrets.generate(TokenKind.SCIM);
        String second = TokenSecrets.generate(TokenKind.SCIM);

        assertTrue(first.startsWith("scim_"));
        assertTrue(TokenSecrets.generate(TokenKind.MANAGEMENT).startsWith("mgmt_"));
        assertEquals(32, Base64.getUrlDecoder().decode(first.substring(5)).length);
        assertNotEquals(first, second);
    }

    @Test
    void theStoredFormIsTheSha256OfTheSecret() throws Exception {
        String secret = TokenSecrets.generate(TokenKind.MANAGEMENT);
        String expected = HexFormat.of()
                .formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));

        assertEquals(expected, TokenSecrets.hash(secret));
        assertFalse(TokenSecrets.hash(secret).contains(secret.substring(5)));
    }

    @Test
    void lastUseIsKeptToTheMinute() {
        AccessToken token = new AccessToken("t", TokenKind.SCIM, TokenSecrets.hash("scim_x"));
        Instant first = Instant.parse("2026-03-01T10:00:00Z");
        assertNull(token.getLastUsed());

        assertTrue(token.markUsed(first));
        assertFalse(token.markUsed(first.plusSeconds(59)), "within the minute: nothing to write");
        assertEquals(first, token.getLastUsed());
        assertTrue(token.markUsed(first.plusSeconds(60)));
        assertEquals(first.plusSeconds(60), token.getLastUsed());
    }
}
