package org.scimspace.workspace.control;

import java.util.List;

/**
 * The result (or, for a dry run, the preview) of changing a workspace's limits: the limits,
 * how many join and leave, and the first of them by name.
 */
public record LimitsChange(
        List<LimitView> groupLimits,
        int joiningCount,
        int leavingCount,
        List<PersonView> joining,
        List<PersonView> leaving) {

    /** At most this many people are listed; the counts are complete. */
    public static final int LISTED = 1000;
}
