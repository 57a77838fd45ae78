package org.scimspace.workspace.control;

import java.util.List;

import org.scimspace.workspace.entity.Role;

/** The words of the scenario table: each makes one {@link Step} that a {@link RulesWorld} performs. */
final class Steps {

    private Steps() {}

    // ---- Entra's side: the directory changes, then its event is handled

    static Step user(String name) {
        return new Step("user " + name, world -> world.user(name, true));
    }

    static Step inactiveUser(String name) {
        return new Step("inactive user " + name, world -> world.user(name, false));
    }

    /** A group as Entra provisions it; a null object ID is a group without externalId. */
    static Step group(String name, String objectId, String... members) {
        return new Step(
                "group " + name + " " + objectId + " with " + List.of(members),
                world -> world.group(name, objectId, List.of(members)));
    }

    static Step addToGroup(String group, String... members) {
        return new Step("add " + List.of(members) + " to " + group, world -> world.addToGroup(group, List.of(members)));
    }

    static Step removeFromGroup(String group, String... members) {
        return new Step(
                "remove " + List.of(members) + " from " + group,
                world -> world.removeFromGroup(group, List.of(members)));
    }

    static Step changeExternalId(String group, String objectId) {
        return new Step(
                "change externalId of " + group + " to " + objectId, world -> world.changeExternalId(group, objectId));
    }

    static Step deleteGroup(String group) {
        return new Step("delete group " + group, world -> world.deleteGroup(group));
    }

    static Step deactivate(String user) {
        return new Step("deactivate " + user, world -> world.setActive(user, false));
    }

    static Step reactivate(String user) {
        return new Step("re-activate " + user, world -> world.setActive(user, true));
    }

    static Step deleteUser(String user) {
        return new Step("delete user " + user, world -> world.deleteUser(user));
    }

    /** A step in another account: the user, group or workspace it creates belongs to that account. */
    static Step inOtherTenant(Step step) {
        return new Step(step + " in another account", world -> world.inOtherTenant(step.action()));
    }

    // ---- the workspace admin's side

    static Step workspace(String name) {
        return new Step("workspace " + name, world -> world.workspace(name));
    }

    static Step limits(String workspace, String... objectIds) {
        return new Step(
                "limit " + workspace + " to " + List.of(objectIds),
                world -> world.limits(workspace, List.of(objectIds)));
    }

    static Step addByHand(String workspace, String user) {
        return new Step("add " + user + " to " + workspace + " by hand", world -> world.addByHand(workspace, user));
    }

    static Step invite(String workspace, String email) {
        return new Step("invite " + email + " to " + workspace, world -> world.invite(workspace, email));
    }

    static Step setRole(String workspace, String user, Role role) {
        return new Step(
                "make " + user + " " + role.wireName() + " of " + workspace,
                world -> world.setRole(workspace, user, role));
    }

    // ---- expectations

    /** Exactly these members, no others. */
    static Step expect(String workspace, Member... members) {
        return new Step(
                "expect " + workspace + " " + List.of(members),
                world -> world.expectMembers(workspace, List.of(members)));
    }

    static Member member(String name, Role role, Member.Source source) {
        return new Member(name, role, source);
    }

    /** Exactly these log entries since the last look. */
    static Step expectLog(Logged... entries) {
        return new Step("expect log " + List.of(entries), world -> world.expectLog(List.of(entries)));
    }

    static Logged logged(String workspace, String operation, String reason, String... users) {
        return new Logged(workspace, operation, List.of(users).stream().sorted().toList(), reason);
    }
}
