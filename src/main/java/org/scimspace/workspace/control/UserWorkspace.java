package org.scimspace.workspace.control;

import java.util.List;

/**
 * A workspace one user is a member of, and why: added by hand, listed by the workspace's
 * remote source, and/or through the named limit groups (display names of the Entra groups).
 */
public record UserWorkspace(
        String workspaceId, String name, String role, boolean manual, boolean synced, List<String> viaGroups) {}
