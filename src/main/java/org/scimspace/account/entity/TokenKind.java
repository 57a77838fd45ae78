package org.scimspace.account.entity;

/** What a bearer token opens: the SCIM API for Entra, or the management API. */
public enum TokenKind {
    SCIM("scim_", "SCIM"),
    MANAGEMENT("mgmt_", "management");

    private final String prefix;
    private final String label;

    TokenKind(String prefix, String label) {
        this.prefix = prefix;
        this.label = label;
    }

    /** The kind as people read it in the provisioning log. */
    public String label() {
        return label;
    }

    /** Prefix of the secret, so a leaked token is recognisable by secret scanners and people. */
    public String prefix() {
        return prefix;
    }
}
