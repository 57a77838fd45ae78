package org.scimspace.audit;

/** What a log line is about, the filter a main user picks first. */
public enum LogType {
    /** A write request of Entra (or any SCIM client), successful or not. */
    SCIM,
    /** A user joined or left a workspace, and why. */
    MEMBERSHIP,
    /** A workspace's settings changed (group limits). */
    WORKSPACE,
    /** An account setting changed: SSO, the SCIM switch, tokens. */
    ACCOUNT
}
