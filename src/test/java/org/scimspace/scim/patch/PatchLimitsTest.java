package org.scimspace.scim.patch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.scimspace.scim.ScimException;
import org.scimspace.scim.filter.PathParser;

/** One PATCH request's size is bounded by operations and by member ids, each with a clear 400. */
class PatchLimitsTest {

    private static Map<String, Object> request(List<Map<String, Object>> operations) {
        return Map.of("Operations", operations);
    }

    private static Map<String, Object> add(List<String> ids) {
        return Map.of(
                "op",
                "add",
                "path",
                "members",
                "value",
                ids.stream().map(id -> Map.of("value", id)).toList());
    }

    private static List<String> ids(int from, int to) {
        return IntStream.range(from, to).mapToObj(i -> "u" + i).toList();
    }

    @Test
    void aThousandOperationsAreReadAndOneMoreIsRefused() {
        Map<String, Object> replace = Map.of("op", "replace", "path", "displayName", "value", "x");
        assertEquals(
                PatchRequestReader.MAX_OPERATIONS,
                PatchRequestReader.operations(request(Collections.nCopies(PatchRequestReader.MAX_OPERATIONS, replace)))
                        .size());
        ScimException e = assertThrows(
                ScimException.class,
                () -> PatchRequestReader.operations(
                        request(Collections.nCopies(PatchRequestReader.MAX_OPERATIONS + 1, replace))));
        assertEquals("invalidValue", e.scimType());
    }

    @Test
    void memberIdsAreCountedAcrossOperations() {
        GroupPatchPlanner planner = new GroupPatchPlanner(PathParser::parse);
        int half = GroupPatchPlanner.MAX_MEMBERS / 2;
        assertEquals(
                2,
                planner.plan(request(List.of(add(ids(0, half)), add(ids(half, 2 * half)))))
                        .memberChanges()
                        .size());
        ScimException e = assertThrows(
                ScimException.class,
                () -> planner.plan(request(List.of(add(ids(0, half)), add(ids(half, 2 * half + 1))))));
        assertEquals("invalidValue", e.scimType());
        assertEquals(true, e.detail().contains(Integer.toString(GroupPatchPlanner.MAX_MEMBERS)), e.detail());
    }
}
