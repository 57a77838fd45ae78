package org.scimspace.remotesource.control;

/**
 * Why a file could not be fetched, in words a main user can act on. Never carries a secret.
 */
public class FetchFailure extends Exception {

    private static final long serialVersionUID = 1L;

    /** What went wrong. */
    public enum Reason {
        CONNECT,
        NO_FINGERPRINT,
        HOST_KEY_MISMATCH,
        AUTHENTICATION,
        NOT_FOUND,
        PERMISSION,
        TOO_LARGE,
        TIMEOUT,
        OTHER
    }

    private final Reason reason;
    private final String presentedFingerprint;

    public FetchFailure(Reason reason, String message, String presentedFingerprint) {
        super(message);
        this.reason = reason;
        this.presentedFingerprint = presentedFingerprint;
    }

    public FetchFailure(Reason reason, String message) {
        this(reason, message, null);
    }

    public Reason reason() {
        return reason;
    }

    /** The server's host key fingerprint, when the connection got that far. */
    public String presentedFingerprint() {
        return presentedFingerprint;
    }
}
