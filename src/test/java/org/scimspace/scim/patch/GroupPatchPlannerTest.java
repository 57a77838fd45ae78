package org.scimspace.scim.patch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.scimspace.directory.boundary.MembershipChange;
import org.scimspace.directory.boundary.MembershipChange.Add;
import org.scimspace.directory.boundary.MembershipChange.Remove;
import org.scimspace.directory.boundary.MembershipChange.RemoveAll;
import org.scimspace.directory.boundary.MembershipChange.ReplaceAll;
import org.scimspace.scim.ScimException;
import org.scimspace.scim.filter.PathParser;
import org.scimspace.scim.schema.ResourceReader;
import org.scimspace.scim.schema.ResourceTypeDef;
import org.scimspace.scim.testing.Json;

/**
 * Every group PATCH shape, split into member changes and the operations left for the engine.
 * Uses the real path parser: which paths count as "members" is the point of the planner.
 */
class GroupPatchPlannerTest {

    private static final String CORE = "urn:ietf:params:scim:schemas:core:2.0:Group";

    private final GroupPatchPlanner planner = new GroupPatchPlanner(PathParser::parse);

    private GroupPatchPlan fixture(String name) {
        return planner.plan(Json.entra(name));
    }

    private GroupPatchPlan plan(String operations) {
        return planner.plan(Json.parse("{\"Operations\":[" + operations + "]}"));
    }

    private static GroupPatchPlan members(MembershipChange... changes) {
        return new GroupPatchPlan(List.of(), List.of(changes));
    }

    @Test
    void entraAddsMembers() {
        assertEquals(members(new Add(List.of("u-1", "u-2"))), fixture("patch-group-add-members.json"));
    }

    @Test
    void entraRemovesMembersByValueArray() {
        assertEquals(members(new Remove(List.of("u-1"))), fixture("patch-group-remove-member-value.json"));
    }

    @Test
    void entraRemovesAMemberByValueFilter() {
        assertEquals(members(new Remove(List.of("u-2"))), fixture("patch-group-remove-member-filter.json"));
    }

    @Test
    void removesSeveralMembersByOrFilter() {
        assertEquals(
                members(new Remove(List.of("u-1", "u-2", "u-3"))),
                fixture("patch-group-remove-members-or-filter.json"));
    }

    @Test
    void entraRemovesAllMembers() {
        assertEquals(members(new RemoveAll()), fixture("patch-group-remove-all-members.json"));
    }

    @Test
    void replacesMembers() {
        assertEquals(members(new ReplaceAll(List.of("u-4", "u-5"))), fixture("patch-group-replace-members.json"));
    }

    @Test
    void duplicatesCountOnceInTheOrderFirstGiven() {
        assertEquals(members(new Add(List.of("u-2", "u-1"))), fixture("patch-group-add-members-duplicates.json"));
    }

    @Test
    void renameGoesToTheEngineUnchanged() {
        assertEquals(
                new GroupPatchPlan(
                        List.of(new PatchOperation(PatchOp.REPLACE, "displayName", "Research & Development")),
                        List.of()),
                fixture("patch-group-rename.json"));
    }

    @Test
    void severalOperationsKeepTheirOrderWithinEachPart() {
        assertEquals(
                new GroupPatchPlan(
                        List.of(
                                new PatchOperation(PatchOp.REPLACE, "displayName", "Research & Development"),
                                new PatchOperation(
                                        PatchOp.REPLACE, "externalId", "5c1d2e3f-0a1b-4c2d-8e9f-0a1b2c3d4e5f")),
                        List.of(new Add(List.of("u-3")), new Remove(List.of("u-1")))),
                fixture("patch-group-multi.json"));
    }

    @Test
    void pathlessAddSplitsOffMembersAndKeepsTheRest() {
        assertEquals(
                new GroupPatchPlan(
                        List.of(new PatchOperation(PatchOp.ADD, null, Map.of("displayName", "Research & Development"))),
                        List.of(new Add(List.of("u-1", "g-9")))),
                fixture("patch-group-pathless-add-members.json"));
    }

    @Test
    void attributeOperationsApplyToTheTreeWithoutMembers() {
        Map<String, Object> group =
                new ResourceReader(ResourceTypeDef.GROUP).readResource(Json.entra("group-create.json"));
        group.put("id", "g-1");
        GroupPatchPlan plan = fixture("patch-group-multi.json");
        Map<String, Object> patched =
                new PatchEngine(ResourceTypeDef.GROUP, PathParser::parse).apply(group, plan.attributeOperations());
        assertEquals("Research & Development", patched.get("displayName"));
        assertEquals("5c1d2e3f-0a1b-4c2d-8e9f-0a1b2c3d4e5f", patched.get("externalId"));
        assertFalse(patched.containsKey("members"));
    }

    static Stream<Arguments> shapes() {
        Map<String, Object> displayName = new LinkedHashMap<>();
        displayName.put("displayName", "D");
        return Stream.of(
                Arguments.of(
                        "single object instead of an array",
                        "{\"op\":\"add\",\"path\":\"members\",\"value\":{\"value\":\"u-1\"}}",
                        members(new Add(List.of("u-1")))),
                Arguments.of(
                        "path and 'value' key in any case",
                        "{\"op\":\"ADD\",\"path\":\"Members\",\"value\":[{\"Value\":\"u-1\"}]}",
                        members(new Add(List.of("u-1")))),
                Arguments.of(
                        "URN-qualified path",
                        "{\"op\":\"remove\",\"path\":\"" + CORE + ":members\",\"value\":[{\"value\":\"u-1\"}]}",
                        members(new Remove(List.of("u-1")))),
                Arguments.of(
                        "URN-qualified filter path in any case",
                        "{\"op\":\"Remove\",\"path\":\"" + CORE.toUpperCase() + ":MEMBERS[Value EQ \\\"u-1\\\"]\"}",
                        members(new Remove(List.of("u-1")))),
                Arguments.of(
                        "or filter repeating an id",
                        "{\"op\":\"remove\",\"path\":\"members[value eq \\\"a\\\" or (value eq \\\"b\\\" or value eq \\\"a\\\")]\"}",
                        members(new Remove(List.of("a", "b")))),
                Arguments.of(
                        "remove with a null value removes all",
                        "{\"op\":\"remove\",\"path\":\"members\",\"value\":null}",
                        members(new RemoveAll())),
                Arguments.of(
                        "replace with an empty array empties",
                        "{\"op\":\"replace\",\"path\":\"members\",\"value\":[]}",
                        members(new ReplaceAll(List.of()))),
                Arguments.of(
                        "replace with null empties",
                        "{\"op\":\"replace\",\"path\":\"members\"}",
                        members(new ReplaceAll(List.of()))),
                Arguments.of(
                        "empty add changes nothing", "{\"op\":\"add\",\"path\":\"members\",\"value\":[]}", members()),
                Arguments.of(
                        "remove of an empty array changes nothing",
                        "{\"op\":\"remove\",\"path\":\"members\",\"value\":[]}",
                        members()),
                Arguments.of(
                        "path-less replace of members only leaves no operation",
                        "{\"op\":\"replace\",\"value\":{\"members\":[{\"value\":\"u-1\"}]}}",
                        members(new ReplaceAll(List.of("u-1")))),
                Arguments.of(
                        "path-less key with the core URN",
                        "{\"op\":\"add\",\"value\":{\"" + CORE
                                + ":members\":[{\"value\":\"u-1\"}],\"displayName\":\"D\"}}",
                        new GroupPatchPlan(
                                List.of(new PatchOperation(PatchOp.ADD, null, displayName)),
                                List.of(new Add(List.of("u-1"))))),
                Arguments.of(
                        "path-less core schema object",
                        "{\"op\":\"replace\",\"value\":{\"" + CORE + "\":{\"displayName\":\"D\",\"members\":[]}}}",
                        new GroupPatchPlan(
                                List.of(new PatchOperation(PatchOp.REPLACE, null, Map.of(CORE, displayName))),
                                List.of(new ReplaceAll(List.of())))),
                Arguments.of(
                        "core schema path",
                        "{\"op\":\"add\",\"path\":\"" + CORE
                                + "\",\"value\":{\"displayName\":\"D\",\"members\":[{\"value\":\"u-1\"}]}}",
                        new GroupPatchPlan(
                                List.of(new PatchOperation(PatchOp.ADD, CORE, displayName)),
                                List.of(new Add(List.of("u-1"))))),
                Arguments.of(
                        "unknown path passes through for the engine to refuse",
                        "{\"op\":\"replace\",\"path\":\"favouriteColour\",\"value\":\"x\"}",
                        new GroupPatchPlan(
                                List.of(new PatchOperation(PatchOp.REPLACE, "favouriteColour", "x")), List.of())),
                Arguments.of(
                        "path-less remove passes through for the engine to refuse",
                        "{\"op\":\"remove\",\"value\":{\"members\":[]}}",
                        new GroupPatchPlan(
                                List.of(new PatchOperation(PatchOp.REMOVE, null, Map.of("members", List.of()))),
                                List.of())));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("shapes")
    void plans(String name, String operation, GroupPatchPlan expected) {
        assertEquals(expected, plan(operation));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "{\"op\":\"add\",\"path\":\"members\",\"value\":[\"u-1\"]}                    | invalidValue  | Member 1 of 'members' must be an object",
                "{\"op\":\"add\",\"path\":\"members\",\"value\":[{\"value\":\"u-1\"},null]}   | invalidValue  | Member 2 of 'members' must be an object",
                "{\"op\":\"add\",\"path\":\"members\",\"value\":\"u-1\"}                      | invalidValue  | 'members' must be an array",
                "{\"op\":\"add\",\"path\":\"members\",\"value\":[{\"display\":\"Jane\"}]}      | invalidValue  | Member 1 of 'members' has no 'value'",
                "{\"op\":\"replace\",\"path\":\"members\",\"value\":[{\"value\":null}]}       | invalidValue  | Member 1 of 'members' has no 'value'",
                "{\"op\":\"add\",\"path\":\"members\",\"value\":[{\"value\":7}]}              | invalidValue  | must be a string id",
                "{\"op\":\"remove\",\"path\":\"members\",\"value\":[{\"value\":\" \"}]}       | invalidValue  | is blank",
                "{\"op\":\"add\",\"value\":{\"members\":[{\"value\":true}]}}                  | invalidValue  | must be a string id",
                "{\"op\":\"remove\",\"path\":\"members[type eq \\\"User\\\"]\"}               | invalidFilter | "
                        + MemberFilter.UNSUPPORTED,
                "{\"op\":\"remove\",\"path\":\"members[display co \\\"a\\\"]\"}               | invalidFilter | "
                        + MemberFilter.UNSUPPORTED,
                "{\"op\":\"remove\",\"path\":\"members[not (value eq \\\"a\\\")]\"}           | invalidFilter | "
                        + MemberFilter.UNSUPPORTED,
                "{\"op\":\"remove\",\"path\":\"members[value ne \\\"a\\\"]\"}                 | invalidFilter | "
                        + MemberFilter.UNSUPPORTED,
                "{\"op\":\"remove\",\"path\":\"members[value sw \\\"a\\\"]\"}                 | invalidFilter | "
                        + MemberFilter.UNSUPPORTED,
                "{\"op\":\"remove\",\"path\":\"members[value pr]\"}                          | invalidFilter | "
                        + MemberFilter.UNSUPPORTED,
                "{\"op\":\"remove\",\"path\":\"members[value eq 7]\"}                        | invalidFilter | "
                        + MemberFilter.UNSUPPORTED,
                "{\"op\":\"remove\",\"path\":\"members[value eq \\\"\\\"]\"}                 | invalidFilter | "
                        + MemberFilter.UNSUPPORTED,
                "{\"op\":\"remove\",\"path\":\"members[value eq \\\"a\\\" and value eq \\\"b\\\"]\"} | invalidFilter | "
                        + MemberFilter.UNSUPPORTED,
                "{\"op\":\"remove\",\"path\":\"members[value eq \\\"a\\\" or type eq \\\"User\\\"]\"} | invalidFilter | "
                        + MemberFilter.UNSUPPORTED,
                "{\"op\":\"replace\",\"path\":\"members.display\",\"value\":\"x\"}            | mutability    | 'members.display' cannot be changed",
                "{\"op\":\"remove\",\"path\":\"members.value\"}                             | mutability    | 'members.value' cannot be changed",
                "{\"op\":\"replace\",\"path\":\"members[value eq \\\"x\\\"].display\",\"value\":\"y\"} | mutability | 'members.display' cannot be changed",
                "{\"op\":\"add\",\"value\":{\"members.type\":\"Group\"}}                      | mutability    | 'members.type' cannot be changed",
                "{\"op\":\"add\",\"path\":\"members[value eq \\\"x\\\"]\",\"value\":{\"value\":\"x\"}} | mutability | can only remove",
                "{\"op\":\"replace\",\"path\":\"members.colour\",\"value\":\"x\"}             | invalidPath   | Unknown sub-attribute 'members.colour'",
                "{\"op\":\"remove\",\"path\":\"members[value eq \\\"x\\\"\"}                  | invalidPath   | ']'",
            })
    void refuses(String operation, String scimType, String detail) {
        ScimException e = assertThrows(ScimException.class, () -> plan(operation));
        assertEquals(scimType, e.scimType(), e.detail());
        assertEquals(400, e.status());
        assertTrue(e.detail().contains(detail), e.detail());
    }
}
