package org.scimspace.scim.patch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.scimspace.scim.ScimException;
import org.scimspace.scim.schema.Attributes;
import org.scimspace.scim.schema.Mutability;
import org.scimspace.scim.schema.ResourceTypeDef;
import org.scimspace.scim.schema.SchemaDef;
import org.scimspace.scim.schema.UserSchemas;
import org.scimspace.scim.testing.Json;
import org.scimspace.scim.testing.SimplePathSyntax;
import org.scimspace.scim.testing.TestGroups;

/** RFC 7644 §3.5.2 semantics beyond the captured Entra shapes. */
class PatchSemanticsTest {

    private final PatchEngine engine = new PatchEngine(ResourceTypeDef.USER, new SimplePathSyntax());

    private Map<String, Object> apply(Map<String, Object> tree, String operationsJson) {
        return engine.apply(tree, Json.parse("{\"Operations\":" + operationsJson + "}"));
    }

    private static Map<String, Object> tree(String json) {
        return new LinkedHashMap<>(Json.parse(json));
    }

    @Test
    void addAppendsOnlyElementsNotPresentAndMergesThoseThatAre() {
        Map<String, Object> user = tree("{\"userName\":\"a\",\"emails\":[{\"value\":\"a@x\",\"type\":\"work\"}]}");
        Map<String, Object> after = apply(
                user,
                """
                [{"op":"add","path":"emails","value":[{"value":"A@X","type":"work","primary":true},
                                                       {"value":"b@x","type":"home"}]}]""");
        assertEquals(
                List.of(
                        Map.of("value", "A@X", "type", "work", "primary", true),
                        Map.of("value", "b@x", "type", "home")),
                after.get("emails"));
    }

    @Test
    void replaceOfAMultiValuedAttributeReplacesTheList() {
        Map<String, Object> user = tree("{\"userName\":\"a\",\"emails\":[{\"value\":\"a@x\"},{\"value\":\"b@x\"}]}");
        Map<String, Object> after =
                apply(user, "[{\"op\":\"Replace\",\"path\":\"emails\",\"value\":{\"value\":\"c@x\"}}]");
        assertEquals(List.of(Map.of("value", "c@x")), after.get("emails"));
    }

    @Test
    void pathlessAddMergesComplexAndAppendsMultiValued() {
        Map<String, Object> user = tree(
                """
                {"userName":"a","name":{"givenName":"A","familyName":"B"},"emails":[{"value":"a@x"}]}""");
        Map<String, Object> after = apply(
                user,
                """
                [{"op":"add","value":{"name":{"middleName":"M"},"emails":[{"value":"b@x"}],"schemas":["x"]}}]""");
        assertEquals(Map.of("givenName", "A", "familyName", "B", "middleName", "M"), after.get("name"));
        assertEquals(List.of(Map.of("value", "a@x"), Map.of("value", "b@x")), after.get("emails"));
    }

    @Test
    void valueFilterWithoutSubAttributeMergesIntoMatchedElements() {
        Map<String, Object> user = tree(
                """
                {"userName":"a","emails":[{"value":"a@x","type":"work","primary":true},{"value":"b@x","type":"home"}]}""");
        Map<String, Object> after = apply(
                user,
                """
                [{"op":"replace","path":"emails[type eq \\"home\\"]","value":{"primary":"True"}}]""");
        assertEquals(
                List.of(
                        Map.of("value", "a@x", "type", "work", "primary", false),
                        Map.of("value", "b@x", "type", "home", "primary", true)),
                after.get("emails"));
    }

    @Test
    void filterCreationUsesEveryEqualityCondition() {
        Map<String, Object> user = tree("{\"userName\":\"a\"}");
        Map<String, Object> after = apply(
                user,
                """
                [{"op":"add","path":"emails[type eq \\"work\\" and primary eq \\"True\\"].value","value":"a@x"}]""");
        assertEquals(List.of(Map.of("type", "work", "primary", true, "value", "a@x")), after.get("emails"));
    }

    @Test
    void removeVariants() {
        Map<String, Object> user = tree(
                """
                {"userName":"a","title":"T","name":{"givenName":"A","familyName":"B"},
                 "emails":[{"value":"a@x","type":"work"},{"value":"b@x","type":"home","display":"B"}],
                 "phoneNumbers":[{"value":"1","type":"work"}]}""");
        Map<String, Object> after = apply(
                user,
                """
                [{"op":"remove","path":"title"},
                 {"op":"remove","path":"name.givenName"},
                 {"op":"remove","path":"emails[type eq \\"work\\"]"},
                 {"op":"remove","path":"emails[type eq \\"home\\"].display"},
                 {"op":"remove","path":"phoneNumbers[type eq \\"work\\"].value"},
                 {"op":"remove","path":"nickName"},
                 {"op":"remove","path":"ims[type eq \\"aim\\"]"}]""");
        assertEquals(
                Map.of(
                        "userName",
                        "a",
                        "name",
                        Map.of("familyName", "B"),
                        "emails",
                        List.of(Map.of("value", "b@x", "type", "home"))),
                after);
    }

    @Test
    void removeAnEmptiedComplexAndExtension() {
        Map<String, Object> user = tree(
                """
                {"userName":"a","name":{"givenName":"A"},
                 "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User":{"department":"D"}}""");
        Map<String, Object> after = apply(
                user,
                """
                [{"op":"remove","path":"name.givenName"},
                 {"op":"remove","path":"urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:department"}]""");
        assertEquals(Map.of("userName", "a"), after);
    }

    @Test
    void valueFilterOperators() {
        Map<String, Object> user = tree(
                """
                {"userName":"a","emails":[{"value":"Ann@Work.example","type":"work","primary":true},
                                          {"value":"ann@home.example","type":"home"},
                                          {"value":"ann@other.example"}]}""");
        assertRemaining(user, "emails[value co \"WORK\"]", "ann@home.example", "ann@other.example");
        assertRemaining(user, "emails[value sw \"ann@h\"]", "Ann@Work.example", "ann@other.example");
        assertRemaining(
                user, "emails[value ew \".EXAMPLE\" and not (type pr)]", "Ann@Work.example", "ann@home.example");
        assertRemaining(user, "emails[primary eq true or type eq \"home\"]", "ann@other.example");
        assertRemaining(user, "emails[primary ne \"True\"]", "Ann@Work.example");
        assertRemaining(user, "emails[type gt \"i\"]", "ann@home.example", "ann@other.example");
        assertRemaining(user, "emails[type le \"home\"]", "Ann@Work.example", "ann@other.example");
    }

    private void assertRemaining(Map<String, Object> user, String path, String... values) {
        Map<String, Object> after = apply(user, "[{\"op\":\"remove\",\"path\":" + Json.quote(path) + "}]");
        List<Object> remaining = after.get("emails") == null
                ? List.of()
                : ((List<?>) after.get("emails"))
                        .stream()
                                .map(e -> (Object) ((Map<?, ?>) e).get("value"))
                                .toList();
        assertEquals(List.of((Object[]) values), remaining, path);
    }

    @Test
    void caseExactSubAttributesCompareExactly() {
        Map<String, Object> group = tree("{\"displayName\":\"G\",\"members\":[{\"value\":\"AbC\"}]}");
        PatchEngine groups = new PatchEngine(TestGroups.TYPE, new SimplePathSyntax());
        Map<String, Object> unchanged = groups.apply(
                group, Json.parse("{\"Operations\":[{\"op\":\"remove\",\"path\":\"members[value eq \\\"abc\\\"]\"}]}"));
        assertEquals(group, unchanged);
    }

    @Test
    void immutableAttributesMayBeSetOnceButNotChanged() {
        SchemaDef core = new SchemaDef(
                "urn:example:Thing",
                "Thing",
                "",
                List.of(
                        Attributes.string("code", "").withMutability(Mutability.IMMUTABLE),
                        Attributes.string("label", "")));
        PatchEngine things = new PatchEngine(
                new ResourceTypeDef("Thing", "Thing", "/Things", "", core, List.of()), new SimplePathSyntax());

        Map<String, Object> set = things.apply(
                tree("{\"label\":\"L\"}"),
                Json.parse("{\"Operations\":[{\"op\":\"add\",\"path\":\"code\",\"value\":\"C\"}]}"));
        assertEquals(Map.of("label", "L", "code", "C"), set);
        Map<String, Object> same = things.apply(
                set, Json.parse("{\"Operations\":[{\"op\":\"replace\",\"value\":{\"code\":\"C\",\"label\":\"M\"}}]}"));
        assertEquals(Map.of("label", "M", "code", "C"), same);
        ScimException e = assertThrows(
                ScimException.class,
                () -> things.apply(
                        set, Json.parse("{\"Operations\":[{\"op\":\"replace\",\"path\":\"code\",\"value\":\"D\"}]}")));
        assertEquals("mutability", e.scimType());
    }

    @Test
    void wholeExtensionByUrnPathAndItsRemoval() {
        Map<String, Object> user = tree("{\"userName\":\"a\"}");
        Map<String, Object> added = apply(
                user,
                """
                [{"op":"add","path":"urn:ietf:params:scim:schemas:extension:enterprise:2.0:User",
                  "value":{"department":"D","manager":{"value":"m"}}}]""");
        assertEquals(Map.of("department", "D", "manager", Map.of("value", "m")), added.get(UserSchemas.ENTERPRISE_URN));
        Map<String, Object> removed = apply(
                added, "[{\"op\":\"remove\",\"path\":\"urn:ietf:params:scim:schemas:extension:enterprise:2.0:User\"}]");
        assertEquals(Map.of("userName", "a"), removed);
    }

    @Test
    void customExtensionObjectsAndRemoval() {
        String urn = "urn:ietf:params:scim:schemas:extension:contoso:2.0:User";
        Map<String, Object> user = tree("{\"userName\":\"a\"}");
        Map<String, Object> added =
                apply(user, "[{\"op\":\"add\",\"value\":{\"" + urn + "\":{\"costCode\":\"C\",\"badge\":\"B\"}}}]");
        assertEquals(Map.of("costCode", "C", "badge", "B"), added.get(urn));
        Map<String, Object> removed = apply(
                added,
                "[{\"op\":\"remove\",\"path\":\"" + urn.toUpperCase() + ":COSTCODE\"},{\"op\":\"replace\",\"path\":\""
                        + urn + ":badge\",\"value\":\"\"}]");
        assertEquals(Map.of("userName", "a"), removed);
    }
}
