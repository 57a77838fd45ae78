package org.scimspace.console;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.scimspace.workspace.control.MemberView;

class MemberSourceTextTest {

    private static final String SALES = "6f1c2d3e-4b5a-6978-8a9b-0c1d2e3f4a5b";
    private static final String STAFF = "7f1c2d3e-4b5a-6978-8a9b-0c1d2e3f4a5b";
    private static final Map<String, String> NAMES = Map.of(SALES, "Sales", STAFF, "Staff");

    @Test
    void namesTheGroupsThatGiveTheMembership() {
        assertEquals("via group Sales", MemberSourceText.of(member(false, false, SALES), NAMES));
        assertEquals("via groups Sales, Staff", MemberSourceText.of(member(false, false, SALES, STAFF), NAMES));
    }

    @Test
    void saysWhenSomebodyAddedTheMemberByHand() {
        assertEquals("added by hand", MemberSourceText.of(member(true, false), NAMES));
        assertEquals("via group Sales and added by hand", MemberSourceText.of(member(true, false, SALES), NAMES));
        assertEquals("invited", MemberSourceText.of(member(true, true), NAMES));
    }

    @Test
    void saysWhenTheRemoteSourceListsTheMember() {
        assertEquals("remote source", MemberSourceText.of(synced(false, false), NAMES));
        assertEquals(
                "via group Sales, added by hand and remote source",
                MemberSourceText.of(synced(true, false, SALES), NAMES));
        assertEquals("invited and remote source", MemberSourceText.of(synced(true, true), NAMES));
    }

    @Test
    void aGroupWithoutANameShowsItsObjectId() {
        String unknown = "8f1c2d3e-4b5a-6978-8a9b-0c1d2e3f4a5b";
        assertEquals("via group " + unknown, MemberSourceText.of(member(false, false, unknown), NAMES));
    }

    private static MemberView member(boolean manual, boolean invited, String... viaGroups) {
        return new MemberView(
                "u1",
                "ada@contoso.example",
                "Ada",
                "participant",
                manual,
                invited,
                false,
                Instant.EPOCH,
                List.of(viaGroups));
    }

    private static MemberView synced(boolean manual, boolean invited, String... viaGroups) {
        return new MemberView(
                "u1",
                "ada@contoso.example",
                "Ada",
                "participant",
                manual,
                invited,
                true,
                Instant.EPOCH,
                List.of(viaGroups));
    }
}
