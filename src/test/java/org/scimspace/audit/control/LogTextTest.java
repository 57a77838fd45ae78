package org.scimspace.audit.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class LogTextTest {

    @Test
    void ourTokensAndBearerCredentialsAreBlanked() {
        String scim = "scim_" + "A1b2".repeat(10);
        String mgmt = "mgmt_integration-test-management-token-0000000001";

        String fitted =
                LogText.fit("got " + scim + " and " + mgmt + ", Authorization: Bearer abcdefghijklmnop0123", 2000);

        assertFalse(fitted.contains(scim));
        assertFalse(fitted.contains(mgmt));
        assertFalse(fitted.contains("abcdefghijklmnop0123"));
    }

    @Test
    void plainWordsAboutTokensStay() {
        String detail = "A valid bearer token is required, and user synchronization must be enabled for the account.";

        assertEquals(detail, LogText.fit(detail, 2000));
        assertEquals("revoke SCIM token", LogText.fit("revoke SCIM token", 2000));
    }

    @Test
    void longTextIsCutToItsColumn() {
        assertEquals(10, LogText.fit("x".repeat(50), 10).length());
        assertEquals("short", LogText.fit("short", 10));
        assertNull(LogText.fit(null, 10));
        assertEquals("-", LogText.required(" ", 10));
    }
}
