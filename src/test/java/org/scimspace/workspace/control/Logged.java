package org.scimspace.workspace.control;

import java.util.List;

/** One entry the membership rules wrote to their log, with workspace and users by name. */
record Logged(String workspace, String operation, List<String> users, String reason) {

    @Override
    public String toString() {
        return workspace + " " + operation + " " + users + ": " + reason;
    }
}
