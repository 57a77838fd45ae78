package org.scimspace.workspace.control;

import java.time.Instant;
import java.util.List;

/**
 * A workspace member as the API and console list it: who, role, whether added by hand, and
 * the limit groups (object IDs) that give the membership.
 */
public record MemberView(
        String userId,
        String userName,
        String displayName,
        String role,
        boolean manual,
        boolean invited,
        Instant since,
        List<String> viaGroups) {}
