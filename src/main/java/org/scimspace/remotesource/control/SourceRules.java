package org.scimspace.remotesource.control;

import java.util.regex.Pattern;

import org.scimspace.common.ServiceException;
import org.scimspace.remotesource.entity.RemoteSource;

/** Checks of what a main user enters for a source; each refusal names its field. */
public final class SourceRules {

    public static final int DEFAULT_PORT = 22;
    public static final int MAX_PASSWORD_LENGTH = 1024;

    /** A DNS name, an IPv4 address or an IPv6 address (optionally in brackets). */
    private static final Pattern HOST = Pattern.compile("[A-Za-z0-9._-]+|\\[?[0-9A-Fa-f:.]+]?");

    private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}");

    private SourceRules() {}

    public static String name(String name) {
        String trimmed = name == null ? "" : name.strip();
        if (trimmed.isEmpty()
                || trimmed.length() > RemoteSource.NAME_LENGTH
                || CONTROL.matcher(trimmed).find()) {
            throw ServiceException.invalid(
                    "name", "A name of 1 to " + RemoteSource.NAME_LENGTH + " characters is required.");
        }
        return trimmed;
    }

    public static String host(String host) {
        String trimmed = host == null ? "" : host.strip();
        if (trimmed.isEmpty()
                || trimmed.length() > RemoteSource.HOST_LENGTH
                || !HOST.matcher(trimmed).matches()) {
            throw ServiceException.invalid(
                    "host", "The SFTP server's host name or IP address is required (e.g. sftp.example.com).");
        }
        return trimmed.startsWith("[") && trimmed.endsWith("]") ? trimmed.substring(1, trimmed.length() - 1) : trimmed;
    }

    public static int port(Integer port) {
        if (port == null) {
            return DEFAULT_PORT;
        }
        if (port < 1 || port > 65535) {
            throw ServiceException.invalid("port", "The port must be from 1 to 65535 (SFTP's usual port is 22).");
        }
        return port;
    }

    public static String user(String user) {
        if (user == null
                || user.isBlank()
                || user.length() > RemoteSource.USER_LENGTH
                || CONTROL.matcher(user).find()) {
            throw ServiceException.invalid(
                    "user", "The SFTP user name (1 to " + RemoteSource.USER_LENGTH + " characters) is required.");
        }
        return user.strip();
    }

    /** @return the canonical fingerprint, or null when none is given (runs are refused until one is) */
    public static String fingerprint(String fingerprint) {
        if (fingerprint == null || fingerprint.isBlank()) {
            return null;
        }
        return HostKeyFingerprint.normalize(fingerprint)
                .orElseThrow(() -> ServiceException.invalid(
                        "hostKeyFingerprint",
                        "The host key fingerprint must look like SHA256:… as 'ssh-keygen -l' prints it"
                                + " (43 characters after SHA256:)."));
    }

    public static String password(String password) {
        if (password.length() > MAX_PASSWORD_LENGTH || password.indexOf('\0') >= 0) {
            throw ServiceException.invalid(
                    "password", "The password must be at most " + MAX_PASSWORD_LENGTH + " characters.");
        }
        return password;
    }

    public static String passphrase(String passphrase) {
        if (passphrase != null && passphrase.length() > MAX_PASSWORD_LENGTH) {
            throw ServiceException.invalid(
                    "passphrase", "The passphrase must be at most " + MAX_PASSWORD_LENGTH + " characters.");
        }
        return passphrase == null || passphrase.isEmpty() ? null : passphrase;
    }
}
