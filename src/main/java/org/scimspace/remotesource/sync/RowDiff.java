package org.scimspace.remotesource.sync;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.scimspace.remotesource.csv.ParticipantRow;
import org.scimspace.remotesource.sync.RowPlan.Membership;
import org.scimspace.remotesource.sync.RowPlan.Outcome;
import org.scimspace.remotesource.sync.RowPlan.RecordChange;
import org.scimspace.workspace.control.MemberState;

/**
 * Decides what one row changes, from what is stored: plain code, so that the counts of a dry
 * run and of a real run come from the same decisions. A row whose email address belongs to a
 * directory user or an invited person means that person (linked, never duplicated, their
 * attributes untouched); otherwise it means the source's own user for the row's ID.
 */
final class RowDiff {

    private RowDiff() {}

    /**
     * @param record the source's user with the row's ID, or null
     * @param person the directory user or invited person with the row's email address, or null
     * @param recordState the record's membership of the workspace, or null
     * @param personState the person's membership of the workspace, or null
     * @param values the current values of the member the row names, by field name
     */
    static RowPlan plan(
            ParticipantRow row,
            StoredRemoteUser record,
            LinkedPerson person,
            MemberState recordState,
            MemberState personState,
            Map<String, List<String>> values) {
        boolean wasSynced;
        MemberState state;
        RecordChange recordChange;
        List<String> attributes = List.of();
        boolean releasesRecord = false;
        if (person != null) {
            releasesRecord = recordState != null && recordState.synced();
            state = personState;
            wasSynced = state != null && state.synced();
            recordChange = RecordChange.NONE;
            if (!person.active()) {
                return new RowPlan(
                        releasesRecord ? Outcome.UPDATED : Outcome.UNCHANGED,
                        recordChange,
                        Membership.NONE,
                        attributes,
                        List.of(),
                        releasesRecord);
            }
        } else {
            state = recordState;
            wasSynced = state != null && state.synced();
            if (record == null) {
                recordChange = RecordChange.CREATE;
            } else {
                attributes = record.changesBy(row);
                recordChange = attributes.isEmpty() ? RecordChange.NONE : RecordChange.UPDATE;
            }
        }
        List<String> fields = new ArrayList<>();
        row.profile().forEach((field, newValues) -> {
            if (!newValues.equals(values.getOrDefault(field, List.of()))) {
                fields.add(field);
            }
        });
        Membership membership = state == null ? Membership.ADD : state.synced() ? Membership.KEEP : Membership.MARK;
        Outcome outcome;
        if (releasesRecord || (wasSynced && (!attributes.isEmpty() || !fields.isEmpty()))) {
            outcome = Outcome.UPDATED;
        } else {
            outcome = wasSynced ? Outcome.UNCHANGED : Outcome.CREATED;
        }
        return new RowPlan(outcome, recordChange, membership, attributes, List.copyOf(fields), releasesRecord);
    }
}
