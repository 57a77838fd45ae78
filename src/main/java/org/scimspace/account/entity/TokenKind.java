package org.scimspace.account.entity;

/** What a bearer token opens: the SCIM API for Entra, or the management API. */
public enum TokenKind {
    SCIM("scim_"),
    MANAGEMENT("mgmt_");

    private final String prefix;

    TokenKind(String prefix) {
        this.prefix = prefix;
    }

    /** Prefix of the secret, so a leaked token is recognisable by secret scanners and people. */
    public String prefix() {
        return prefix;
    }
}
