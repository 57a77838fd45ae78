package org.scimspace.workspace.control;

import java.time.Instant;
import java.util.List;

/** A workspace as listed: connected when it has group limits. */
public record WorkspaceView(String id, String name, Instant created, List<String> groupLimits, long memberCount) {

    public boolean connected() {
        return !groupLimits.isEmpty();
    }
}
