package org.scimspace.account.control;

/** What became of a console user's request to change their own password. */
public enum PasswordChange {
    CHANGED,
    /** The current password was wrong: counted like a failed login. */
    WRONG_PASSWORD,
    /** The login is locked after too many failures (maybe by this very attempt): nothing was checked or changed. */
    LOCKED
}
