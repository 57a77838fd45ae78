package org.scimspace.workspace.control;

import static org.scimspace.workspace.control.Member.Source.BOTH;
import static org.scimspace.workspace.control.Member.Source.GROUP;
import static org.scimspace.workspace.control.Member.Source.INVITED;
import static org.scimspace.workspace.control.Member.Source.MANUAL;
import static org.scimspace.workspace.control.Steps.addByHand;
import static org.scimspace.workspace.control.Steps.addToGroup;
import static org.scimspace.workspace.control.Steps.changeExternalId;
import static org.scimspace.workspace.control.Steps.deactivate;
import static org.scimspace.workspace.control.Steps.deleteGroup;
import static org.scimspace.workspace.control.Steps.deleteUser;
import static org.scimspace.workspace.control.Steps.expect;
import static org.scimspace.workspace.control.Steps.expectLog;
import static org.scimspace.workspace.control.Steps.group;
import static org.scimspace.workspace.control.Steps.inOtherTenant;
import static org.scimspace.workspace.control.Steps.inactiveUser;
import static org.scimspace.workspace.control.Steps.invite;
import static org.scimspace.workspace.control.Steps.limits;
import static org.scimspace.workspace.control.Steps.logged;
import static org.scimspace.workspace.control.Steps.member;
import static org.scimspace.workspace.control.Steps.reactivate;
import static org.scimspace.workspace.control.Steps.removeFromGroup;
import static org.scimspace.workspace.control.Steps.setRole;
import static org.scimspace.workspace.control.Steps.user;
import static org.scimspace.workspace.control.Steps.workspace;
import static org.scimspace.workspace.entity.Role.ADMIN;
import static org.scimspace.workspace.entity.Role.PARTICIPANT;

import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * PRODUCT.md rules 3 to 7 as a table: each row is a story of directory and workspace changes,
 * made as production makes them on a real H2 database, and what each workspace holds after it
 * (who, with which role, and why). Every row starts from two empty accounts.
 */
class MembershipRulesScenarioTest {

    // Entra group object IDs, as a workspace admin pastes them into the limits.
    private static final String SALES = "5a1e5000-0000-4000-8000-000000000001";
    private static final String MARKETING = "3a4e7000-0000-4000-8000-000000000002";
    private static final String PLANNED = "91a2e000-0000-4000-8000-000000000003";
    private static final String INTERNS = "12fe4000-0000-4000-8000-000000000004";

    static Stream<Scenario> scenarios() {
        return Stream.of(
                scenario(
                        "rule 3: a user that a limit group brings in is a participant",
                        user("alice"),
                        user("bob"),
                        group("Sales", SALES, "alice"),
                        workspace("W"),
                        limits("W", SALES),
                        expect("W", member("alice", PARTICIPANT, GROUP)),
                        addToGroup("Sales", "bob"),
                        expect("W", member("alice", PARTICIPANT, GROUP), member("bob", PARTICIPANT, GROUP)),
                        expectLog(logged("W", "joined", "joined W via group " + SALES, "bob"))),
                scenario(
                        "rule 3: an admin's role change survives later syncs",
                        user("alice"),
                        user("bob"),
                        user("carol"),
                        group("Sales", SALES, "alice", "bob"),
                        group("Marketing", MARKETING, "alice"),
                        workspace("W"),
                        limits("W", SALES, MARKETING),
                        setRole("W", "alice", ADMIN),
                        addToGroup("Sales", "alice"),
                        addToGroup("Sales", "carol"),
                        removeFromGroup("Sales", "bob"),
                        removeFromGroup("Marketing", "alice"),
                        limits("W", SALES, MARKETING),
                        limits("W", SALES),
                        expect("W", member("alice", ADMIN, GROUP), member("carol", PARTICIPANT, GROUP))),
                scenario(
                        "rule 3: a role ends with the membership, a returning member is a participant",
                        user("alice"),
                        group("Sales", SALES, "alice"),
                        workspace("W"),
                        limits("W", SALES),
                        setRole("W", "alice", ADMIN),
                        removeFromGroup("Sales", "alice"),
                        expect("W"),
                        addToGroup("Sales", "alice"),
                        expect("W", member("alice", PARTICIPANT, GROUP))),
                scenario(
                        "rule 5: leaving the limit group removes the member",
                        user("alice"),
                        user("bob"),
                        group("Sales", SALES, "alice", "bob"),
                        workspace("W"),
                        limits("W", SALES),
                        removeFromGroup("Sales", "alice"),
                        expect("W", member("bob", PARTICIPANT, GROUP)),
                        expectLog(logged("W", "left", "left W: removed from group " + SALES + " in Entra", "alice"))),
                scenario(
                        "rule 5: leaving one of two limit groups keeps the member",
                        user("alice"),
                        group("Sales", SALES, "alice"),
                        group("Marketing", MARKETING, "alice"),
                        workspace("W"),
                        limits("W", SALES, MARKETING),
                        removeFromGroup("Sales", "alice"),
                        expect("W", member("alice", PARTICIPANT, GROUP)),
                        removeFromGroup("Marketing", "alice"),
                        expect("W")),
                scenario(
                        "rule 5: a member added by hand stays after leaving the group, role and all",
                        user("alice"),
                        user("carol"),
                        group("Sales", SALES, "alice"),
                        workspace("W"),
                        limits("W", SALES),
                        addByHand("W", "alice"),
                        addByHand("W", "carol"),
                        setRole("W", "alice", ADMIN),
                        expect("W", member("alice", ADMIN, BOTH), member("carol", PARTICIPANT, MANUAL)),
                        removeFromGroup("Sales", "alice"),
                        expect("W", member("alice", ADMIN, MANUAL), member("carol", PARTICIPANT, MANUAL))),
                scenario(
                        "rule 5: a group leaving the limits removes its members not added by hand",
                        user("alice"),
                        user("bob"),
                        user("carol"),
                        group("Sales", SALES, "alice", "carol"),
                        group("Marketing", MARKETING, "bob"),
                        workspace("W"),
                        limits("W", SALES, MARKETING),
                        addByHand("W", "carol"),
                        limits("W", MARKETING),
                        expect("W", member("bob", PARTICIPANT, GROUP), member("carol", PARTICIPANT, MANUAL))),
                scenario(
                        "rule 5: a deleted group's members leave unless added by hand or in another limit group",
                        user("alice"),
                        user("bob"),
                        user("carol"),
                        group("Sales", SALES, "alice", "bob", "carol"),
                        group("Marketing", MARKETING, "bob"),
                        workspace("W"),
                        limits("W", SALES, MARKETING),
                        addByHand("W", "carol"),
                        deleteGroup("Sales"),
                        expect("W", member("bob", PARTICIPANT, GROUP), member("carol", PARTICIPANT, MANUAL)),
                        expectLog(logged("W", "left", "left W: group " + SALES + " deleted in Entra", "alice"))),
                scenario(
                        "rule 4: a pending limit takes effect when its group arrives",
                        user("alice"),
                        user("bob"),
                        workspace("W"),
                        limits("W", SALES),
                        expect("W"),
                        group("Sales", SALES, "alice", "bob"),
                        expect("W", member("alice", PARTICIPANT, GROUP), member("bob", PARTICIPANT, GROUP)),
                        expectLog(logged("W", "joined", "joined W via group " + SALES, "alice", "bob"))),
                scenario(
                        "rule 4: a limit matches the group's object ID whatever its case",
                        user("alice"),
                        user("bob"),
                        workspace("W"),
                        limits("W", SALES.toUpperCase(Locale.ROOT)),
                        group("Sales", SALES.toUpperCase(Locale.ROOT), "alice"),
                        addToGroup("Sales", "bob"),
                        expect("W", member("alice", PARTICIPANT, GROUP), member("bob", PARTICIPANT, GROUP)),
                        removeFromGroup("Sales", "alice"),
                        expect("W", member("bob", PARTICIPANT, GROUP))),
                scenario(
                        "rule 4: a group given the object ID of a pending limit brings its members",
                        user("alice"),
                        group("Sales", null, "alice"),
                        workspace("W"),
                        limits("W", SALES),
                        expect("W"),
                        changeExternalId("Sales", SALES),
                        expect("W", member("alice", PARTICIPANT, GROUP))),
                scenario(
                        "rule 4: a group changing its object ID leaves one workspace and joins a pending one",
                        user("alice"),
                        user("carol"),
                        group("Sales", SALES, "alice", "carol"),
                        workspace("W"),
                        workspace("V"),
                        limits("W", SALES),
                        limits("V", PLANNED),
                        addByHand("W", "carol"),
                        changeExternalId("Sales", PLANNED),
                        expect("W", member("carol", PARTICIPANT, MANUAL)),
                        expect("V", member("alice", PARTICIPANT, GROUP), member("carol", PARTICIPANT, GROUP)),
                        expectLog(
                                logged(
                                        "W",
                                        "left",
                                        "left W: group " + SALES + " changed its object ID in Entra",
                                        "alice"),
                                logged("V", "joined", "joined V via group " + PLANNED, "alice", "carol"))),
                scenario(
                        "rule 7: deactivation removes the user from every workspace, manual ones too",
                        user("alice"),
                        user("bob"),
                        group("Sales", SALES, "alice", "bob"),
                        workspace("W"),
                        workspace("V"),
                        workspace("X"),
                        limits("W", SALES),
                        limits("V", SALES),
                        addByHand("V", "alice"),
                        addByHand("X", "alice"),
                        deactivate("alice"),
                        expect("W", member("bob", PARTICIPANT, GROUP)),
                        expect("V", member("bob", PARTICIPANT, GROUP)),
                        expect("X"),
                        expectLog(
                                logged("W", "left", "left all workspaces: deactivated in Entra", "alice"),
                                logged("V", "left", "left all workspaces: deactivated in Entra", "alice"),
                                logged("X", "left", "left all workspaces: deactivated in Entra", "alice"))),
                scenario(
                        "rule 7: re-activation restores the group-given memberships only, as participant",
                        user("alice"),
                        group("Sales", SALES, "alice"),
                        workspace("W"),
                        workspace("V"),
                        workspace("X"),
                        limits("W", SALES),
                        limits("V", SALES),
                        setRole("W", "alice", ADMIN),
                        addByHand("V", "alice"),
                        addByHand("X", "alice"),
                        deactivate("alice"),
                        reactivate("alice"),
                        expect("W", member("alice", PARTICIPANT, GROUP)),
                        expect("V", member("alice", PARTICIPANT, GROUP)),
                        expect("X"),
                        expectLog(
                                logged("W", "left", "left all workspaces: deactivated in Entra", "alice"),
                                logged("V", "left", "left all workspaces: deactivated in Entra", "alice"),
                                logged("X", "left", "left all workspaces: deactivated in Entra", "alice"),
                                logged("W", "joined", "rejoined W via its groups: re-activated in Entra", "alice"),
                                logged("V", "joined", "rejoined V via its groups: re-activated in Entra", "alice"))),
                scenario(
                        "rule 7: a deleted user is gone from every workspace",
                        user("alice"),
                        user("bob"),
                        group("Sales", SALES, "alice", "bob"),
                        workspace("W"),
                        workspace("X"),
                        limits("W", SALES),
                        addByHand("X", "alice"),
                        deleteUser("alice"),
                        expect("W", member("bob", PARTICIPANT, GROUP)),
                        expect("X"),
                        expectLog(
                                logged("W", "left", "left all workspaces: deleted in Entra", "alice"),
                                logged("X", "left", "left all workspaces: deleted in Entra", "alice"))),
                scenario(
                        "rule 5: an inactive user added to a limit group joins only once active",
                        user("alice"),
                        inactiveUser("dave"),
                        group("Sales", SALES, "alice"),
                        workspace("W"),
                        limits("W", SALES),
                        addToGroup("Sales", "dave"),
                        limits("W", SALES),
                        expect("W", member("alice", PARTICIPANT, GROUP)),
                        reactivate("dave"),
                        expect("W", member("alice", PARTICIPANT, GROUP), member("dave", PARTICIPANT, GROUP))),
                scenario(
                        "rule 5: a member of a nested group gets nothing",
                        user("alice"),
                        user("bob"),
                        user("carol"),
                        group("Sales", SALES, "alice"),
                        group("Interns", INTERNS, "bob"),
                        workspace("W"),
                        limits("W", SALES),
                        addToGroup("Sales", "Interns"),
                        addToGroup("Interns", "carol"),
                        expect("W", member("alice", PARTICIPANT, GROUP))),
                scenario(
                        "rule 5: two workspaces limited by the same group both follow it",
                        user("alice"),
                        user("bob"),
                        group("Sales", SALES, "alice"),
                        workspace("W"),
                        workspace("V"),
                        limits("W", SALES),
                        limits("V", SALES, MARKETING),
                        addToGroup("Sales", "bob"),
                        removeFromGroup("Sales", "alice"),
                        expect("W", member("bob", PARTICIPANT, GROUP)),
                        expect("V", member("bob", PARTICIPANT, GROUP)),
                        expectLog(
                                logged("W", "joined", "joined W via group " + SALES, "bob"),
                                logged("V", "joined", "joined V via group " + SALES, "bob"),
                                logged("W", "left", "left W: removed from group " + SALES + " in Entra", "alice"),
                                logged("V", "left", "left V: removed from group " + SALES + " in Entra", "alice"))),
                scenario(
                        "rule 6: a workspace without limits is untouched by group events",
                        user("alice"),
                        user("bob"),
                        user("carol"),
                        group("Sales", SALES, "alice"),
                        workspace("X"),
                        addByHand("X", "alice"),
                        addByHand("X", "carol"),
                        setRole("X", "alice", ADMIN),
                        addToGroup("Sales", "bob"),
                        removeFromGroup("Sales", "alice"),
                        changeExternalId("Sales", MARKETING),
                        deleteGroup("Sales"),
                        expect("X", member("alice", ADMIN, MANUAL), member("carol", PARTICIPANT, MANUAL)),
                        expectLog()),
                scenario(
                        "rule 6: a person invited from outside Entra stays through every group change",
                        user("alice"),
                        group("Sales", SALES, "alice"),
                        workspace("W"),
                        limits("W", SALES),
                        invite("W", "erin@example.com"),
                        removeFromGroup("Sales", "alice"),
                        limits("W"),
                        limits("W", SALES),
                        deleteGroup("Sales"),
                        expect("W", member("erin@example.com", PARTICIPANT, INVITED))),
                scenario(
                        "accounts are isolated: the same object ID in another account's workspace is unaffected",
                        user("alice"),
                        user("bob"),
                        group("Sales", SALES, "alice"),
                        workspace("W"),
                        limits("W", SALES),
                        inOtherTenant(user("olga")),
                        inOtherTenant(group("Their sales", SALES, "olga")),
                        inOtherTenant(workspace("Theirs")),
                        limits("Theirs", SALES),
                        addToGroup("Sales", "bob"),
                        removeFromGroup("Sales", "alice"),
                        expect("Theirs", member("olga", PARTICIPANT, GROUP)),
                        deleteGroup("Their sales"),
                        expect("W", member("bob", PARTICIPANT, GROUP)),
                        expect("Theirs")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void rules(Scenario scenario) {
        try (RulesWorld world = new RulesWorld(scenario.name())) {
            scenario.steps().forEach(world::perform);
        }
    }

    private static Scenario scenario(String name, Step... steps) {
        return new Scenario(name, List.of(steps));
    }

    /** A named row of the table. */
    record Scenario(String name, List<Step> steps) {

        @Override
        public String toString() {
            return name;
        }
    }
}
