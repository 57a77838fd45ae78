package org.scimspace.account.control;

import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.scimspace.account.entity.TokenKind;
import org.scimspace.common.CurrentRequest;

/**
 * The server-log line of a refused authentication, for operators watching for attacks and
 * for support (the request id the client saw, the address it came from). It never holds a
 * secret: a presented token is named by its public type prefix only, or by its id when it is
 * a known token that was refused; a console login by its (shortened, printable) name.
 */
public final class AuthenticationLog {

    private static final Logger LOG = Logger.getLogger(AuthenticationLog.class.getName());

    /** Longest login name written; a longer one is cut, as someone may have typed a password there. */
    static final int LOGIN_LENGTH = 64;

    private AuthenticationLog() {}

    /**
     * A bearer token refused.
     *
     * @param api what was called, as people read it: "SCIM", "management API"
     * @param secret the presented secret, if any; only its prefix is written
     * @param owner the known token the secret belongs to, when it is one
     */
    public static void refusedToken(
            String api, TokenKind expected, Optional<String> secret, Optional<AuthenticatedToken> owner) {
        LOG.log(
                secret.isEmpty() ? Level.INFO : Level.WARNING,
                () -> tokenMessage(api, expected, secret, owner) + context());
    }

    public static void refusedOperator(boolean tokenPresented) {
        LOG.log(
                tokenPresented ? Level.WARNING : Level.INFO,
                () -> "Refused operator API request: "
                        + (tokenPresented ? "the bearer token is not the operator token" : "no bearer token")
                        + context());
    }

    public static void refusedConsoleLogin(String login, boolean locked) {
        LOG.log(Level.WARNING, () -> consoleMessage(login, locked) + context());
    }

    /** A console user's own password change refused: the current password was wrong, or the login is locked. */
    public static void refusedPasswordChange(String login, boolean locked) {
        LOG.log(Level.WARNING, () -> passwordChangeMessage(login, locked) + context());
    }

    static String tokenMessage(
            String api, TokenKind expected, Optional<String> secret, Optional<AuthenticatedToken> owner) {
        String reason;
        if (secret.isEmpty()) {
            reason = "no bearer token";
        } else if (owner.isPresent()) {
            reason = expected.prefix() + " token " + owner.get().tokenId() + " of account "
                    + owner.get().tenantId()
                    + (expected == TokenKind.SCIM
                            ? " is revoked, or the account's synchronization is off"
                            : " is revoked");
        } else {
            reason = typeOf(secret.get()) + " that matches no live token";
        }
        return "Refused " + api + " request: " + reason;
    }

    static String consoleMessage(String login, boolean locked) {
        return "Refused console login of '" + printable(login) + "': "
                + (locked ? "locked after too many failures" : "unknown login or wrong password");
    }

    static String passwordChangeMessage(String login, boolean locked) {
        return "Refused password change of console login '" + printable(login) + "': "
                + (locked ? "locked after too many failures" : "wrong current password");
    }

    /** The type of a presented secret by its public prefix; never any character after it. */
    static String typeOf(String secret) {
        for (TokenKind kind : TokenKind.values()) {
            if (secret.startsWith(kind.prefix())) {
                return "a " + kind.prefix() + " token";
            }
        }
        return "a bearer token of no known type";
    }

    private static String printable(String login) {
        if (login == null) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        login.codePoints().limit(LOGIN_LENGTH).forEach(c -> out.appendCodePoint(Character.isISOControl(c) ? '?' : c));
        return login.codePointCount(0, login.length()) > LOGIN_LENGTH ? out + "…" : out.toString();
    }

    /** Where the refused request came from, when there is a request. */
    private static String context() {
        return CurrentRequest.get()
                .map(request -> " [request " + request.id() + ", from " + request.remoteAddress() + "]")
                .orElse("");
    }
}
