package org.scimspace.remotesource.control;

import org.scimspace.common.ServiceException;
import org.scimspace.remotesource.entity.SourceConnection;

/** The path of a connection's file on the SFTP server, as the server's user sees it. */
public final class FilePaths {

    private FilePaths() {}

    public static String path(String path) {
        String trimmed = path == null ? "" : path.strip();
        if (trimmed.isEmpty()
                || trimmed.length() > SourceConnection.PATH_LENGTH
                || trimmed.chars().anyMatch(Character::isISOControl)
                || trimmed.endsWith("/")) {
            throw ServiceException.invalid(
                    "path",
                    "The file's path on the server is required, e.g. exports/members.csv or /home/scim/members.csv"
                            + " (at most " + SourceConnection.PATH_LENGTH + " characters).");
        }
        return trimmed;
    }
}
