package org.scimspace.scim.patch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.scimspace.scim.schema.ResourceReader;
import org.scimspace.scim.testing.Json;
import org.scimspace.scim.testing.SimplePathSyntax;
import org.scimspace.scim.testing.TestGroups;

/** Entra's group PATCH shapes, through the same engine configured with a Group schema. */
class EntraGroupPatchTest {

    private final PatchEngine engine = new PatchEngine(TestGroups.TYPE, new SimplePathSyntax());
    private final Map<String, Object> group = created();

    private static Map<String, Object> created() {
        Map<String, Object> tree = new ResourceReader(TestGroups.TYPE).readResource(Json.entra("group-create.json"));
        tree.put("id", "g-1");
        return tree;
    }

    private Map<String, Object> patch(Map<String, Object> tree, String fixture) {
        return engine.apply(tree, Json.entra(fixture));
    }

    private static List<Object> members(Map<String, Object> tree) {
        return tree.get("members") == null
                ? List.of()
                : ((List<?>) tree.get("members"))
                        .stream()
                                .map(m -> (Object) ((Map<?, ?>) m).get("value"))
                                .toList();
    }

    @Test
    void addMembersIsIdempotent() {
        Map<String, Object> once = patch(group, "patch-group-add-members.json");
        assertEquals(List.of(Map.of("value", "u-1"), Map.of("value", "u-2")), once.get("members"));
        assertEquals(once, patch(once, "patch-group-add-members.json"));
    }

    @Test
    void addDoesNotDuplicateAMemberStoredWithTypeAndDisplay() {
        group.put("members", List.of(Map.of("value", "u-1", "type", "User", "display", "Jane")));
        Map<String, Object> after = patch(group, "patch-group-add-members.json");
        assertEquals(
                List.of(Map.of("value", "u-1", "type", "User", "display", "Jane"), Map.of("value", "u-2")),
                after.get("members"));
    }

    @Test
    void removeMemberByValueArrayAndAbsentOneIsANoOp() {
        Map<String, Object> both = patch(group, "patch-group-add-members.json");
        Map<String, Object> removed = patch(both, "patch-group-remove-member-value.json");
        assertEquals(List.of("u-2"), members(removed));
        assertEquals(removed, patch(removed, "patch-group-remove-member-value.json"));
    }

    @Test
    void removeMemberByValueFilter() {
        Map<String, Object> both = patch(group, "patch-group-add-members.json");
        assertEquals(List.of("u-1"), members(patch(both, "patch-group-remove-member-filter.json")));
    }

    @Test
    void removeAllMembers() {
        Map<String, Object> both = patch(group, "patch-group-add-members.json");
        Map<String, Object> none = patch(both, "patch-group-remove-all-members.json");
        assertFalse(none.containsKey("members"));
        assertEquals(none, patch(none, "patch-group-remove-all-members.json"));
    }

    @Test
    void rename() {
        assertEquals(
                "Research & Development",
                patch(group, "patch-group-rename.json").get("displayName"));
    }
}
