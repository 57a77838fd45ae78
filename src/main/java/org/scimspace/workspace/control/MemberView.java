package org.scimspace.workspace.control;

import java.time.Instant;
import java.util.List;

/**
 * A workspace member as the API and console list it: who, role, whether added by hand,
 * whether the workspace's remote source lists them, and the limit groups (object IDs) that
 * give the membership.
 */
public record MemberView(
        String userId,
        String userName,
        String displayName,
        String role,
        boolean manual,
        boolean invited,
        boolean synced,
        Instant since,
        List<String> viaGroups) {}
