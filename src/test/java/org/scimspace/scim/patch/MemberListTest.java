package org.scimspace.scim.patch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.scimspace.scim.ScimException;
import org.scimspace.scim.testing.Json;

/** The "members" of a POST or PUT body, read by the same rules as a PATCH value. */
class MemberListTest {

    @Test
    void entraCreatesGroupsWithoutMembers() {
        assertEquals(List.of(), MemberList.ids(Json.entra("group-create.json").get("members")));
    }

    @Test
    void readsIdsInOrderOnceEachIgnoringRefTypeAndDisplay() {
        Object members = Json.parse("{\"members\":[{\"value\":\"u-2\",\"display\":\"Jane\",\"type\":\"User\"},"
                        + "{\"value\":\"g-1\",\"$ref\":\"https://example.com/scim/v2/Groups/g-1\",\"type\":\"Group\"},"
                        + "{\"value\":\"u-2\"}]}")
                .get("members");
        assertEquals(List.of("u-2", "g-1"), MemberList.ids(members));
    }

    @Test
    void refusesAMemberWithoutValue() {
        Object members = Json.parse("{\"members\":[{\"value\":\"u-1\"},{\"$ref\":\"u-2\"}]}")
                .get("members");
        ScimException e = assertThrows(ScimException.class, () -> MemberList.ids(members));
        assertEquals("invalidValue", e.scimType());
        assertEquals("Member 2 of 'members' has no 'value'", e.detail());
    }
}
