package org.scimspace.scim.boundary;

import java.util.Optional;
import java.util.Set;

import org.scimspace.audit.LogLine;
import org.scimspace.audit.LogType;

/**
 * The provisioning log line of a SCIM request, when it is a write: POST, PUT, PATCH or DELETE
 * on Users or Groups. Queries ({@code GET}, {@code POST .search}) change nothing and are not
 * recorded. The target comes from the path, or for a create from the {@code Location} of the
 * new resource.
 */
final class ScimWriteLine {

    private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");

    private ScimWriteLine() {}

    /**
     * @param path the request path below the SCIM base, with or without a leading slash
     * @param location the {@code Location} header of the response, or null
     * @param error the error the response carries, or null
     */
    static Optional<LogLine> of(
            ScimCaller caller, String method, String path, int status, String location, ScimError error) {
        String relative = path.startsWith("/") ? path.substring(1) : path;
        String[] segments = relative.split("/", -1);
        String type =
                switch (segments[0]) {
                    case "Users" -> "User";
                    case "Groups" -> "Group";
                    default -> null;
                };
        boolean search = "POST".equals(method) && segments.length == 2 && ".search".equals(segments[1]);
        if (!WRITES.contains(method) || type == null || search) {
            return Optional.empty();
        }
        String id = segments.length > 1 && !segments[1].isEmpty() ? segments[1] : createdId(status, location);
        boolean failed = status >= 400;
        return Optional.of(new LogLine(
                caller.tenantId(),
                LogType.SCIM,
                caller.actor(),
                method + " /" + relative,
                id == null ? type : type + " " + id,
                "User".equals(type) ? id : null,
                null,
                !failed,
                status,
                failed && error != null ? error.scimType() : null,
                failed && error != null ? error.detail() : null));
    }

    private static String createdId(int status, String location) {
        if (status != 201 || location == null || location.endsWith("/")) {
            return null;
        }
        return location.substring(location.lastIndexOf('/') + 1);
    }
}
