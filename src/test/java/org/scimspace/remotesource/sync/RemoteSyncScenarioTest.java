package org.scimspace.remotesource.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scimspace.common.Ids;
import org.scimspace.database.ScratchDatabase;
import org.scimspace.database.TestDatabase;
import org.scimspace.workspace.control.MemberDetail;
import org.scimspace.workspace.control.MemberView;
import org.scimspace.workspace.entity.FieldType;
import org.scimspace.workspace.entity.Role;

/**
 * The sync of PRODUCT.md "Remote source sync" on a real database: what a file creates,
 * updates and removes, all or nothing, linked to the people who exist already, and never
 * touching what came from elsewhere.
 */
class RemoteSyncScenarioTest {

    private static final String HEADER = "ID,Email,First name,Last name,Mobile,Company,Interests\n";
    private static final String FIRST_FILE = HEADER
            + """
            1,ada@example.org,Ada,Lovelace,+44 1,"Analytical, Ltd.","Music
            Poetry"
            2,charles@example.org,Charles,Babbage,,,
            3,grace@example.org,Grace,Hopper,,Navy,Singing
            """;
    /** Ada the same (her choices in another order), Charles renamed with a new interest, Grace gone, Alan new. */
    private static final String SECOND_FILE = HEADER
            + """
            1,ada@example.org,Ada,Lovelace,+44 1,"Analytical, Ltd.","Poetry
            Music"
            2,charles@example.org,Charles,Babbage-Smith,,,Music
            4,alan@example.org,Alan,Turing,,,
            """;

    @TempDir
    Path dir;

    private SyncWorld world;
    private String choir;
    private String source;

    @BeforeEach
    void account() {
        world = new SyncWorld(dir);
        choir = world.workspace("Choir");
        source = world.source("Register");
        world.connect(choir, source);
        world.profileField(choir, "Company", FieldType.TEXT, List.of());
        world.profileField(choir, "Interests", FieldType.CHOICE, List.of("Singing", "Music", "Poetry"));
    }

    @AfterEach
    void close() {
        world.close();
    }

    /** On H2, which has no such setting, the run must not try to make it. */
    @Test
    void onPostgresqlARunPlansEachStatementForItsValuesUntilItsTransactionEnds() {
        boolean postgres = TestDatabase.kind() == ScratchDatabase.Kind.POSTGRESQL;
        SyncWorld.Open open = world.syncUncommitted(choir, source, FIRST_FILE);
        assertTrue(open.outcome.succeeded(), () -> open.outcome.errors().toString());
        String during = postgres ? planCacheMode() : null;
        open.commit();
        if (postgres) {
            assertEquals("force_custom_plan", during);
            assertEquals("auto", world.inTransaction(this::planCacheMode));
        }
    }

    private String planCacheMode() {
        return (String) world.em
                .createNativeQuery("select current_setting('plan_cache_mode')")
                .getSingleResult();
    }

    @Test
    void theFirstSyncCreatesTheSecondUpdatesAndRemovesTheThirdChangesNothing() {
        assertEquals(new SyncOutcome(true, 3, 0, 0, 0, List.of()), world.sync(choir, source, FIRST_FILE));
        Map<String, MemberView> members = world.members(choir);
        assertEquals(List.of("ada@example.org", "charles@example.org", "grace@example.org"), sorted(members.keySet()));
        MemberView ada = members.get("ada@example.org");
        assertEquals("Ada Lovelace", ada.displayName());
        assertEquals("participant", ada.role());
        assertTrue(ada.synced());
        assertFalse(ada.manual() || ada.invited());
        MemberDetail detail = world.detail(choir, ada.userId());
        assertEquals(source + "#1", detail.remoteUser().externalId());
        assertEquals("+44 1", detail.remoteUser().mobile());
        assertEquals(
                List.of(
                        new MemberDetail.ProfileEntry("Company", FieldType.TEXT, List.of("Analytical, Ltd.")),
                        new MemberDetail.ProfileEntry("Interests", FieldType.CHOICE, List.of("Music", "Poetry"))),
                detail.profile());
        assertEquals(
                members.values().stream()
                        .map(m -> "joined " + m.userId() + ": joined Choir: listed by remote source " + source)
                        .sorted()
                        .toList(),
                sorted(world.log));
        world.log.clear();
        String grace = members.get("grace@example.org").userId();

        assertEquals(new SyncOutcome(true, 1, 1, 1, 1, List.of()), world.sync(choir, source, SECOND_FILE));
        members = world.members(choir);
        assertEquals(List.of("ada@example.org", "alan@example.org", "charles@example.org"), sorted(members.keySet()));
        MemberView charles = members.get("charles@example.org");
        assertEquals("Charles Babbage-Smith", charles.displayName());
        assertEquals(
                List.of("Music"),
                world.detail(choir, charles.userId()).profile().get(1).values());
        assertEquals(
                sorted(List.of(
                        "joined " + members.get("alan@example.org").userId()
                                + ": joined Choir: listed by remote source " + source,
                        "updated " + charles.userId() + ": updated by remote source " + source
                                + " in Choir: Last name, Interests",
                        "left " + grace + ": left Choir: not in the file of remote source " + source + " any more")),
                sorted(world.log));
        assertEquals(List.of(source + "#1", source + "#2", source + "#4"), world.externalIds(), "Grace is gone");
        world.log.clear();

        assertEquals(new SyncOutcome(true, 0, 0, 0, 3, List.of()), world.sync(choir, source, SECOND_FILE));
        assertEquals(List.of(), world.log);
    }

    @Test
    void aFieldWithoutAColumnInTheFileKeepsItsValues() {
        world.sync(choir, source, FIRST_FILE);
        String ada = world.members(choir).get("ada@example.org").userId();
        assertEquals(
                new SyncOutcome(true, 0, 1, 2, 0, List.of()),
                world.sync(
                        choir,
                        source,
                        "ID,Email,First name,Last name,Mobile,Interests\n"
                                + "1,ada@example.org,Ada,Lovelace,+44 1,Singing\n"));
        assertEquals(
                List.of(
                        new MemberDetail.ProfileEntry("Company", FieldType.TEXT, List.of("Analytical, Ltd.")),
                        new MemberDetail.ProfileEntry("Interests", FieldType.CHOICE, List.of("Singing"))),
                world.detail(choir, ada).profile());
    }

    @Test
    void aFileThatFailsValidationChangesNothing() {
        world.sync(choir, source, FIRST_FILE);
        world.log.clear();
        List<String> before = world.snapshot();
        SyncOutcome outcome = world.sync(
                choir,
                source,
                HEADER
                        + """
                1,ada@example.org,Ada,Lovelace,,,
                5,new@example.org,New,Person,,,
                1,ADA@example.org,Ada,Again,,,Dancing
                6,broken,,,,,
                """);
        assertEquals(
                SyncOutcome.failed(List.of(
                        "line 4: 'Dancing' is not an allowed value of Interests (allowed: Singing, Music, Poetry)",
                        "line 5: 'broken' is not a valid email address")),
                outcome,
                "a row with an error is not checked for duplicates");
        assertEquals(
                SyncOutcome.failed(List.of(
                        "line 4: duplicate ID '1' (first on line 2)",
                        "line 4: duplicate email 'ADA@example.org' (first on line 2)")),
                world.sync(
                        choir,
                        source,
                        HEADER + "1,ada@example.org,,,,,\n5,new@example.org,,,,,\n1,ADA@example.org,,,,,\n"));
        assertEquals(
                SyncOutcome.failed(List.of("line 1: required column 'Mobile' is missing")),
                world.sync(choir, source, "ID,Email,First name,Last name\n1,ada@example.org,,\n"));
        assertEquals(before, world.snapshot());
        assertEquals(List.of(), world.log);
    }

    @Test
    void aDryRunCountsWhatTheSyncWillDoAndChangesNothing() {
        world.sync(choir, source, FIRST_FILE);
        world.log.clear();
        List<String> before = world.snapshot();
        SyncOutcome preview = world.dryRun(choir, source, SECOND_FILE);
        assertEquals(before, world.snapshot());
        assertEquals(List.of(), world.log);
        assertEquals(preview, world.sync(choir, source, SECOND_FILE));
        assertEquals(new SyncOutcome(true, 1, 1, 1, 1, List.of()), preview);
        assertEquals(
                SyncOutcome.failed(List.of("line 2: the ID is empty")),
                world.dryRun(choir, source, HEADER + ",a@b.example,,,,,\n"));
    }

    @Test
    void aRowWithTheAddressOfSomebodyWhoExistsMeansThemAndDoesNotTouchTheirAttributes() {
        String ada = world.directoryUser("ada@contoso.example", "Ada (Entra)", null, true);
        String grace = world.directoryUser("grace@contoso.example", "Grace (Entra)", "Grace.Hopper@Navy.example", true);
        String guest = world.invitee(choir, "guest@fabrikam.example");
        List<String> directoryBefore = world.snapshot().stream()
                .filter(row -> row.startsWith("scim_user "))
                .toList();

        SyncOutcome outcome = world.sync(
                choir,
                source,
                HEADER
                        + """
                1,ADA@contoso.example,Augusta,King,+44 2,,Poetry
                2,grace.hopper@navy.example,Grace,Hopper,,,
                3,guest@fabrikam.example,Guest,Person,,,
                4,alan@example.org,Alan,Turing,,,
                """);

        assertEquals(new SyncOutcome(true, 4, 0, 0, 0, List.of()), outcome, "the invitee gains the synced reason");
        Map<String, MemberView> members = world.members(choir);
        assertEquals(
                List.of("ada@contoso.example", "alan@example.org", "grace@contoso.example", "guest@fabrikam.example"),
                sorted(members.keySet()));
        assertEquals(ada, members.get("ada@contoso.example").userId());
        assertEquals("Ada (Entra)", members.get("ada@contoso.example").displayName());
        assertEquals(grace, members.get("grace@contoso.example").userId(), "matched by another email address");
        MemberView invited = members.get("guest@fabrikam.example");
        assertEquals(guest, invited.userId());
        assertTrue(invited.invited() && invited.manual() && invited.synced());
        assertEquals(1, world.remoteUsers(), "only Alan is the source's own user");
        assertNull(world.detail(choir, ada).remoteUser());
        assertEquals(
                List.of("Poetry"), world.detail(choir, ada).profile().get(1).values());
        assertEquals(
                directoryBefore,
                world.snapshot().stream()
                        .filter(row -> row.startsWith("scim_user "))
                        .toList(),
                "linked directory users are not changed");
        assertTrue(world.log.contains("synced " + guest + ": Choir: now also listed by remote source " + source));

        world.log.clear();
        assertEquals(
                new SyncOutcome(true, 0, 0, 3, 1, List.of()),
                world.sync(choir, source, HEADER + "4,alan@example.org,Alan,Turing,,,\n"));
        members = world.members(choir);
        assertEquals(List.of("alan@example.org", "guest@fabrikam.example"), sorted(members.keySet()));
        assertFalse(members.get("guest@fabrikam.example").synced(), "invited by hand, so stays");
        assertTrue(world.log.contains("unsynced " + guest + ": Choir: not in the file of remote source " + source
                + " any more; still a member, added by hand or via a group"));
    }

    @Test
    void aRowThatNowNamesADirectoryUserReplacesTheSourcesOwnUser() {
        world.sync(choir, source, HEADER + "7,bob@example.org,Bob,Builder,,,\n");
        String remote = world.members(choir).get("bob@example.org").userId();
        String bob = world.directoryUser("bob@example.org", "Bob (Entra)", null, true);
        world.log.clear();

        assertEquals(
                new SyncOutcome(true, 0, 1, 0, 0, List.of()),
                world.sync(choir, source, HEADER + "7,bob@example.org,Bob,Builder,,,\n"));
        assertEquals(bob, world.members(choir).get("bob@example.org").userId());
        assertEquals(0, world.remoteUsers());
        assertEquals(
                sorted(List.of(
                        "joined " + bob + ": joined Choir: listed by remote source " + source,
                        "left " + remote + ": left Choir: its row in the file of remote source " + source
                                + " now names a directory user or invited person")),
                sorted(world.log));
    }

    @Test
    void removingARowKeepsAMemberThatAGroupOrAnAdminAdded() {
        String viaGroup = world.directoryUser("sam@contoso.example", "Sam", null, true);
        String byHand = world.directoryUser("kim@contoso.example", "Kim", null, true);
        world.limitToGroup(choir, Ids.newId(), List.of(viaGroup));
        world.addByHand(choir, byHand);
        world.sync(
                choir,
                source,
                HEADER + "1,sam@contoso.example,,,,,\n2,kim@contoso.example,,,,,\n3,x@example.org,,,,,\n");
        assertTrue(world.members(choir).values().stream().allMatch(MemberView::synced));

        assertEquals(new SyncOutcome(true, 0, 0, 3, 0, List.of()), world.sync(choir, source, HEADER));
        Map<String, MemberView> members = world.members(choir);
        assertEquals(List.of("kim@contoso.example", "sam@contoso.example"), sorted(members.keySet()));
        assertFalse(members.get("sam@contoso.example").synced());
        assertEquals(1, members.get("sam@contoso.example").viaGroups().size());
        assertTrue(members.get("kim@contoso.example").manual());
        assertEquals(0, world.remoteUsers());
    }

    @Test
    void theRoleAnAdminGaveSurvivesLaterSyncs() {
        world.sync(choir, source, FIRST_FILE);
        String ada = world.members(choir).get("ada@example.org").userId();
        world.setRole(choir, ada, Role.ADMIN);
        world.sync(choir, source, FIRST_FILE.replace("Lovelace", "King"));
        world.sync(choir, source, SECOND_FILE);
        assertEquals("admin", world.members(choir).get("ada@example.org").role());

        world.sync(choir, source, HEADER);
        world.sync(choir, source, FIRST_FILE);
        assertEquals("participant", world.members(choir).get("ada@example.org").role(), "a new membership");
    }

    @Test
    void twoSourcesNeverCollideAndOneSourceServesSeveralWorkspaces() {
        String band = world.workspace("Band");
        String orchestra = world.workspace("Orchestra");
        String other = world.source("Other");
        world.connect(band, other);
        world.connect(orchestra, source);
        world.sync(choir, source, HEADER + "1,ada@example.org,Ada,,,,\n");
        world.sync(band, other, HEADER + "1,bea@example.org,Bea,,,,\n");
        world.sync(orchestra, source, HEADER + "1,ada@example.org,Ada,,,,\n");
        assertEquals(List.of(other + "#1", source + "#1").stream().sorted().toList(), world.externalIds());
        assertEquals(
                world.members(choir).get("ada@example.org").userId(),
                world.members(orchestra).get("ada@example.org").userId(),
                "one user of the source in both workspaces");

        assertEquals(new SyncOutcome(true, 0, 0, 1, 0, List.of()), world.sync(choir, source, HEADER));
        assertEquals(List.of("ada@example.org"), sorted(world.members(orchestra).keySet()), "still needed there");
        assertEquals(List.of("bea@example.org"), sorted(world.members(band).keySet()));
        assertEquals(2, world.remoteUsers());
        world.sync(orchestra, source, HEADER);
        assertEquals(List.of(other + "#1"), world.externalIds());
    }

    @Test
    void aDeactivatedDirectoryUserIsNotAddedWhileDeactivated() {
        String ada = world.directoryUser("ada@contoso.example", "Ada", null, true);
        world.sync(choir, source, HEADER + "1,ada@contoso.example,,,,,\n");
        assertTrue(world.members(choir).get("ada@contoso.example").synced());

        world.deactivate(ada);
        assertEquals(Map.of(), world.members(choir), "rule 7: out of every workspace");
        assertEquals(
                new SyncOutcome(true, 0, 0, 0, 1, List.of()),
                world.sync(choir, source, HEADER + "1,ada@contoso.example,,,,,\n"));
        assertEquals(Map.of(), world.members(choir));
        assertEquals(0, world.remoteUsers(), "linked, not duplicated");
    }

    /** Found only while applying, after a first chunk was written: the whole run is rolled back. */
    @Test
    void twoRowsNamingOneDirectoryUserFailTheRunAndNothingChanges() {
        world.directoryUser("ada@contoso.example", "Ada", "ada.lovelace@contoso.example", true);
        world.sync(choir, source, FIRST_FILE);
        world.log.clear();
        List<String> before = world.snapshot();
        StringBuilder file = new StringBuilder(HEADER).append("1,ada@contoso.example,,,,,\n");
        for (int i = 2; i < 700; i++) {
            file.append(i).append(",person").append(i).append("@example.org,,,,,\n");
        }
        file.append("700,ada.lovelace@contoso.example,,,,,\n");

        assertEquals(
                SyncOutcome.failed(List.of("line 701: 'ada.lovelace@contoso.example' and the email address on line 2"
                        + " belong to the same directory user")),
                world.sync(choir, source, file.toString()));
        assertEquals(before, world.snapshot());
    }

    @Test
    void releasingTheWorkspaceEndsItsSyncedMemberships() {
        String kim = world.directoryUser("kim@contoso.example", "Kim", null, true);
        world.addByHand(choir, kim);
        world.sync(choir, source, FIRST_FILE + "9,kim@contoso.example,,,,,\n");
        assertEquals(4, world.release(choir, source));
        Map<String, MemberView> members = world.members(choir);
        assertEquals(List.of("kim@contoso.example"), sorted(members.keySet()));
        assertFalse(members.get("kim@contoso.example").synced());
        assertEquals(0, world.remoteUsers());
        assertEquals(
                List.of(),
                world.snapshot().stream()
                        .filter(row -> row.startsWith("profile_value"))
                        .toList());
    }

    /**
     * Workspaces that share a source share its remote users: the second run waits for the
     * first one's commit, then finds the users it created instead of inserting them again.
     */
    @Test
    void runsOfTwoWorkspacesOnOneSourceApplyOneAfterTheOther() throws Exception {
        String band = world.workspace("Band");
        world.connect(band, source);
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try (SyncWorld other = world.alongside()) {
            SyncWorld.Open first = world.syncUncommitted(choir, source, FIRST_FILE);
            assertEquals(new SyncOutcome(true, 3, 0, 0, 0, List.of()), first.outcome);
            Future<SyncOutcome> second = pool.submit(() -> other.sync(band, source, FIRST_FILE));
            Thread.sleep(300);
            assertFalse(second.isDone(), "the second run waits for the source");
            first.commit();
            assertEquals(new SyncOutcome(true, 3, 0, 0, 0, List.of()), second.get(30, TimeUnit.SECONDS));
        } finally {
            pool.shutdownNow();
        }
        assertEquals(List.of(source + "#1", source + "#2", source + "#3"), world.externalIds(), "no duplicates");
        Map<String, MemberView> choirMembers = world.members(choir);
        Map<String, MemberView> bandMembers = world.members(band);
        assertEquals(
                List.of("ada@example.org", "charles@example.org", "grace@example.org"), sorted(bandMembers.keySet()));
        for (String email : choirMembers.keySet()) {
            assertEquals(
                    choirMembers.get(email).userId(), bandMembers.get(email).userId(), email);
            assertTrue(bandMembers.get(email).synced(), email);
        }
    }

    /** Disconnecting released the members while the run fetched its file: it must not bring them back. */
    @Test
    void aRunWhoseWorkspaceWasDisconnectedOrMovedMeanwhileChangesNothing() {
        world.sync(choir, source, FIRST_FILE);
        world.release(choir, source);
        world.removeConnection(choir);
        world.log.clear();
        List<String> before = world.snapshot();
        assertEquals(
                SyncOutcome.failed(List.of(
                        "The workspace was disconnected from the remote source during the run; nothing was changed.")),
                world.sync(choir, source, SECOND_FILE));
        assertEquals(before, world.snapshot());
        assertEquals(Map.of(), world.members(choir));

        world.connect(choir, world.source("Other"));
        assertEquals(
                SyncOutcome.failed(List.of("The workspace was connected to another remote source during the run;"
                        + " nothing was changed.")),
                world.sync(choir, source, SECOND_FILE));
        assertEquals(
                SyncOutcome.failed(List.of("The workspace was connected to another remote source during the run;"
                        + " nothing was changed.")),
                world.dryRun(choir, source, SECOND_FILE),
                "a dry run tells the same");
        assertEquals(before, world.snapshot());
    }

    /**
     * A main user pointed the connection at another file of the same source while the run
     * fetched the old one (perhaps because it was another workspace's register): the run must
     * not apply it, and the next run, which fetches the new file, applies that.
     */
    @Test
    void aRunWhoseConnectionWasPointedAtAnotherFileMeanwhileChangesNothing() {
        world.sync(choir, source, FIRST_FILE);
        Map<String, MemberView> members = world.members(choir);
        world.connect(choir, source, "registers/choir-2027.csv");
        world.log.clear();
        List<String> before = world.snapshot();
        String expected = "The workspace's connection was pointed at another file during the run; nothing was"
                + " changed. The next run reads the new file.";
        assertEquals(SyncOutcome.failed(List.of(expected)), world.sync(choir, source, SECOND_FILE));
        assertEquals(SyncOutcome.failed(List.of(expected)), world.dryRun(choir, source, SECOND_FILE));
        assertEquals(before, world.snapshot());
        assertEquals(members, world.members(choir));
        assertEquals(List.of(), world.log);

        world.connect(choir, source);
        assertTrue(world.sync(choir, source, SECOND_FILE).succeeded(), "the same path again: the run applies");
        assertNotEquals(members.keySet(), world.members(choir).keySet());
    }

    /**
     * A workspace follows one source at a time, and its synced members are that source's: moving
     * the connection releases the first source's members, so the second source's first run
     * neither counts them as removed nor removes a member that was also added by hand.
     */
    @Test
    void movingTheConnectionToAnotherSourceReleasesTheFirstSourcesMembers() {
        String kim = world.directoryUser("kim@contoso.example", "Kim", null, true);
        world.addByHand(choir, kim);
        world.sync(choir, source, FIRST_FILE + "9,kim@contoso.example,,,,,\n");
        String other = world.source("Other");
        world.log.clear();

        // as ConnectionService.connect does when the source changes
        assertEquals(4, world.release(choir, source));
        world.connect(choir, other);
        assertEquals(List.of("kim@contoso.example"), sorted(world.members(choir).keySet()));
        assertEquals(List.of(), world.externalIds(), "the first source's users are gone");

        world.log.clear();
        assertEquals(
                new SyncOutcome(true, 2, 0, 0, 0, List.of()),
                world.sync(choir, other, HEADER + "1,bea@example.org,Bea,,,,\n2,kim@contoso.example,,,,,\n"));
        Map<String, MemberView> members = world.members(choir);
        assertEquals(List.of("bea@example.org", "kim@contoso.example"), sorted(members.keySet()));
        assertTrue(members.get("kim@contoso.example").manual()
                && members.get("kim@contoso.example").synced());
        assertEquals(List.of(other + "#1"), world.externalIds());
        assertTrue(world.log.stream().noneMatch(line -> line.contains("not in the file")), world.log::toString);
    }

    @Test
    void anUnknownWorkspaceOrAnotherAccountsWorkspaceIsRefused() {
        assertEquals(SyncOutcome.failed(List.of("No such workspace.")), world.sync(Ids.newId(), source, FIRST_FILE));
        try (SyncWorld stranger = new SyncWorld(dir)) {
            assertEquals(SyncOutcome.failed(List.of("No such workspace.")), stranger.sync(choir, source, FIRST_FILE));
        }
        assertEquals(Map.of(), world.members(choir));
    }

    private static List<String> sorted(Collection<String> values) {
        return values.stream().sorted().toList();
    }
}
