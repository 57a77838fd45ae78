package org.scimspace.api;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ManagementAuthFilterTest {

    @Test
    void operatorPathsAsJerseyAndRestEasyGiveThem() {
        assertTrue(ManagementAuthFilter.isOperatorPath("tenants"));
        assertTrue(ManagementAuthFilter.isOperatorPath("/tenants"));
        assertTrue(ManagementAuthFilter.isOperatorPath("/tenants/"));
    }

    @Test
    void accountPathsNeedAManagementToken() {
        assertFalse(ManagementAuthFilter.isOperatorPath("account"));
        assertFalse(ManagementAuthFilter.isOperatorPath("/account/scim-tokens"));
        assertFalse(ManagementAuthFilter.isOperatorPath("/workspaces/tenants"));
        assertFalse(ManagementAuthFilter.isOperatorPath(""));
    }
}
