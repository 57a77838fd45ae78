package org.scimspace.remotesource.sync;

import java.util.List;

/**
 * What applying one row of a file changes, decided before anything is written (RowDiff).
 *
 * @param changedAttributes the remote user's attributes the row changes (file column names)
 * @param changedFields the profile fields whose values the row changes
 * @param releasesRecord the row's remote user stops being the workspace's member: the row now
 *     names a directory user
 */
record RowPlan(
        Outcome outcome,
        RecordChange record,
        Membership membership,
        List<String> changedAttributes,
        List<String> changedFields,
        boolean releasesRecord) {

    /** What the row counts as in the run. */
    enum Outcome {
        CREATED,
        UPDATED,
        UNCHANGED
    }

    /** What happens to the row's remote user. */
    enum RecordChange {
        NONE,
        CREATE,
        UPDATE
    }

    /** What happens to the membership of the person the row names. */
    enum Membership {
        /** The source lists the member already. */
        KEEP,
        /** A new membership, as participant. */
        ADD,
        /** The membership exists (by hand or via a group) and the source now lists it too. */
        MARK,
        /** The person is deactivated in Entra (rule 7): no membership while so. */
        NONE
    }
}
