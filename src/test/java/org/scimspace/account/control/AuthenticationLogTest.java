package org.scimspace.account.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.scimspace.account.entity.TokenKind;

class AuthenticationLogTest {

    private static final String SCIM_SECRET = "scim_Zm9vYmFyYmF6cXV4MTIzNDU2Nzg5MGFiY2RlZmdoaWpr";
    private static final String MGMT_SECRET = "mgmt_c2VjcmV0LXRoYXQtbXVzdC1uZXZlci1iZS1sb2dnZWQx";

    @Test
    void anUnknownTokenIsNamedByItsPrefixOnly() {
        String message = AuthenticationLog.tokenMessage("SCIM", TokenKind.SCIM, Optional.of(SCIM_SECRET), empty());

        assertEquals("Refused SCIM request: a scim_ token that matches no live token", message);
    }

    @Test
    void aTokenOfAnotherKindOrNoKindIsNamedByItsTypeAndNothingElse() {
        assertEquals(
                "Refused SCIM request: a mgmt_ token that matches no live token",
                AuthenticationLog.tokenMessage("SCIM", TokenKind.SCIM, Optional.of(MGMT_SECRET), empty()));
        String unknownKind = AuthenticationLog.tokenMessage(
                "management API", TokenKind.MANAGEMENT, Optional.of("hunter2-password"), empty());
        assertEquals(
                "Refused management API request: a bearer token of no known type that matches no live token",
                unknownKind);
        assertFalse(unknownKind.contains("hunter2"));
    }

    @Test
    void aKnownButRefusedTokenIsNamedByItsIdAndAccount() {
        String scim = AuthenticationLog.tokenMessage(
                "SCIM", TokenKind.SCIM, Optional.of(SCIM_SECRET), Optional.of(new AuthenticatedToken("t-1", "k-9")));
        String management = AuthenticationLog.tokenMessage(
                "management API",
                TokenKind.MANAGEMENT,
                Optional.of(MGMT_SECRET),
                Optional.of(new AuthenticatedToken("t-2", "k-8")));

        assertEquals(
                "Refused SCIM request: scim_ token k-9 of account t-1 is revoked, or the account's"
                        + " synchronization is off",
                scim);
        assertEquals("Refused management API request: mgmt_ token k-8 of account t-2 is revoked", management);
        assertFalse(scim.contains(SCIM_SECRET.substring(5, 15)));
        assertFalse(management.contains(MGMT_SECRET.substring(5, 15)));
    }

    @Test
    void noTokenAtAll() {
        assertEquals(
                "Refused SCIM request: no bearer token",
                AuthenticationLog.tokenMessage("SCIM", TokenKind.SCIM, Optional.empty(), empty()));
    }

    @Test
    void aConsoleLoginIsShortenedAndMadePrintable() {
        assertEquals(
                "Refused console login of 'admin': unknown login or wrong password",
                AuthenticationLog.consoleMessage("admin", false));
        assertEquals(
                "Refused console login of 'eve?forged line': locked after too many failures",
                AuthenticationLog.consoleMessage("eve\nforged line", true));
        String longLogin = "p".repeat(200);
        String message = AuthenticationLog.consoleMessage(longLogin, false);
        assertFalse(message.contains(longLogin));
        assertTrue(message.contains("p".repeat(AuthenticationLog.LOGIN_LENGTH) + "…'"), message);
    }

    @Test
    void aRefusedPasswordChangeNamesTheLoginAndWhy() {
        assertEquals(
                "Refused password change of console login 'ada@contoso.example': wrong current password",
                AuthenticationLog.passwordChangeMessage("ada@contoso.example", false));
        assertEquals(
                "Refused password change of console login 'eve?': locked after too many failures",
                AuthenticationLog.passwordChangeMessage("eve\r", true));
    }

    private static Optional<AuthenticatedToken> empty() {
        return Optional.empty();
    }
}
