package org.scimspace.remotesource.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.scimspace.remotesource.csv.ParticipantRow;
import org.scimspace.remotesource.sync.RowPlan.Membership;
import org.scimspace.remotesource.sync.RowPlan.Outcome;
import org.scimspace.remotesource.sync.RowPlan.RecordChange;
import org.scimspace.workspace.control.MemberState;

/** What one row changes, decided from what is stored: the counts of every run come from here. */
class RowDiffTest {

    private static final MemberState SYNCED = new MemberState(false, true);
    private static final MemberState BY_HAND = new MemberState(true, false);
    private static final LinkedPerson ADA = new LinkedPerson("ada-id", true);

    private final ParticipantRow row = row("Lovelace", List.of("Music"));
    private final StoredRemoteUser stored =
            new StoredRemoteUser("stored-id", row.email(), row.firstName(), row.lastName(), row.mobile());

    @Test
    void aNewPersonIsCreatedAndJoins() {
        assertEquals(
                new RowPlan(
                        Outcome.CREATED, RecordChange.CREATE, Membership.ADD, List.of(), List.of("Interests"), false),
                RowDiff.plan(row, null, null, null, null, Map.of()));
    }

    @Test
    void aStoredUserThatLeftTheWorkspaceRejoinsAsCreated() {
        assertEquals(
                new RowPlan(Outcome.CREATED, RecordChange.NONE, Membership.ADD, List.of(), List.of(), false),
                RowDiff.plan(row, stored, null, null, null, Map.of("Interests", List.of("Music"))));
    }

    @Test
    void aSyncedMemberIsUnchangedOrUpdatedByAttributesAndFields() {
        assertEquals(
                new RowPlan(Outcome.UNCHANGED, RecordChange.NONE, Membership.KEEP, List.of(), List.of(), false),
                RowDiff.plan(row, stored, null, SYNCED, null, Map.of("Interests", List.of("Music"))));
        assertEquals(
                new RowPlan(
                        Outcome.UPDATED,
                        RecordChange.UPDATE,
                        Membership.KEEP,
                        List.of("Last name"),
                        List.of("Interests"),
                        false),
                RowDiff.plan(
                        row("King", List.of()), stored, null, SYNCED, null, Map.of("Interests", List.of("Music"))));
    }

    @Test
    void aMemberAddedByHandIsMarkedAndCountsAsCreated() {
        assertEquals(
                new RowPlan(Outcome.CREATED, RecordChange.NONE, Membership.MARK, List.of(), List.of(), false),
                RowDiff.plan(row, stored, null, BY_HAND, null, Map.of("Interests", List.of("Music"))));
    }

    @Test
    void aRowWithTheAddressOfAPersonMeansThemAndNeverChangesTheStoredUser() {
        assertEquals(
                new RowPlan(Outcome.CREATED, RecordChange.NONE, Membership.ADD, List.of(), List.of("Interests"), false),
                RowDiff.plan(row("King", List.of("Music")), null, ADA, null, null, Map.of()));
        assertEquals(
                new RowPlan(Outcome.UNCHANGED, RecordChange.NONE, Membership.KEEP, List.of(), List.of(), false),
                RowDiff.plan(row, null, ADA, null, SYNCED, Map.of("Interests", List.of("Music"))),
                "names in the file are not the directory's: nothing to update");
        assertEquals(
                new RowPlan(Outcome.UPDATED, RecordChange.NONE, Membership.ADD, List.of(), List.of(), true),
                RowDiff.plan(row, stored, ADA, SYNCED, null, Map.of("Interests", List.of("Music"))),
                "the row's own user was the member: the person replaces it");
    }

    @Test
    void aDeactivatedPersonGetsNoMembership() {
        LinkedPerson deactivated = new LinkedPerson("ada-id", false);
        assertEquals(
                new RowPlan(Outcome.UNCHANGED, RecordChange.NONE, Membership.NONE, List.of(), List.of(), false),
                RowDiff.plan(row, null, deactivated, null, null, Map.of()));
        assertEquals(
                new RowPlan(Outcome.UPDATED, RecordChange.NONE, Membership.NONE, List.of(), List.of(), true),
                RowDiff.plan(row, stored, deactivated, SYNCED, null, Map.of()));
    }

    private static ParticipantRow row(String lastName, List<String> interests) {
        return new ParticipantRow(2, "1", "ada@example.org", "Ada", lastName, null, Map.of("Interests", interests));
    }
}
