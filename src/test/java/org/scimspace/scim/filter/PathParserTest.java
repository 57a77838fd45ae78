package org.scimspace.scim.filter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.scimspace.scim.ScimException;

class PathParserTest {

    private static final String ENTERPRISE = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void parsesPaths(String text, ScimPath expected) {
        assertEquals(expected, PathParser.parse(text));
    }

    static Stream<Arguments> parsesPaths() {
        return Stream.of(
                arguments("userName", new ScimPath(AttributePath.of("userName"), null, null)),
                arguments("active", new ScimPath(AttributePath.of("active"), null, null)),
                arguments("name.familyName", new ScimPath(AttributePath.of("name", "familyName"), null, null)),
                arguments("members.$ref", new ScimPath(AttributePath.of("members", "$ref"), null, null)),
                arguments(
                        "emails[type eq \"work\"].value",
                        new ScimPath(AttributePath.of("emails"), eq("type", "work"), "value")),
                arguments(
                        "members[value eq \"2819c223\"]",
                        new ScimPath(AttributePath.of("members"), eq("value", "2819c223"), null)),
                arguments(
                        "addresses[type eq \"work\" and primary eq true].streetAddress",
                        new ScimPath(
                                AttributePath.of("addresses"),
                                new Filter.And(eq("type", "work"), eq("primary", true)),
                                "streetAddress")),
                arguments(
                        "emails[not (type eq \"home\")]",
                        new ScimPath(AttributePath.of("emails"), new Filter.Not(eq("type", "home")), null)),
                arguments(
                        ENTERPRISE + ":department",
                        new ScimPath(new AttributePath(ENTERPRISE, "department", null), null, null)),
                arguments(
                        ENTERPRISE + ":manager",
                        new ScimPath(new AttributePath(ENTERPRISE, "manager", null), null, null)),
                arguments(
                        ENTERPRISE + ":manager.value",
                        new ScimPath(new AttributePath(ENTERPRISE, "manager", "value"), null, null)),
                arguments(
                        ENTERPRISE,
                        new ScimPath(
                                new AttributePath(
                                        "urn:ietf:params:scim:schemas:extension:enterprise:2.0", "User", null),
                                null,
                                null)),
                arguments(
                        "urn:ietf:params:scim:schemas:core:2.0:User:emails[type eq \"work\"].display",
                        new ScimPath(
                                new AttributePath("urn:ietf:params:scim:schemas:core:2.0:User", "emails", null),
                                eq("type", "work"),
                                "display")),
                arguments("  name.givenName  ", new ScimPath(AttributePath.of("name", "givenName"), null, null)),
                arguments(
                        "emails[TYPE EQ \"Work\"].Value",
                        new ScimPath(AttributePath.of("emails"), eq("TYPE", "Work"), "Value")));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(
            strings = {
                "",
                "   ",
                "name.",
                ".name",
                "name.familyName.extra",
                "1name",
                "name familyName",
                "emails[",
                "emails[type eq \"work\"",
                "emails[]",
                "emails]",
                "emails[type eq]",
                "emails[type eq \"work].value",
                "emails[type eq \"work\"].",
                "emails[type eq \"work\"]value",
                "emails[type eq \"work\"].value.display",
                "emails[type eq \"work\"].value[type pr]",
                "emails[type eq \"work\"][value pr]",
                "emails[type[value pr]]",
                "emails[name.givenName eq \"x\"]",
                "emails [type eq \"work\"]",
                "(name)",
                "urn:",
                ENTERPRISE + ":",
                "userName eq \"x\"",
            })
    void rejectsMalformedPaths(String text) {
        assertInvalidPath(assertThrows(ScimException.class, () -> PathParser.parse(text)));
    }

    @Test
    void rejectsNullPath() {
        assertInvalidPath(assertThrows(ScimException.class, () -> PathParser.parse(null)));
    }

    @Test
    void reportsBadInnerFilterAsInvalidPathKeepingDetail() {
        ScimException error = assertThrows(ScimException.class, () -> PathParser.parse("emails[type xx \"work\"]"));
        assertInvalidPath(error);
        assertEquals(
                "Expected an operator (eq, ne, co, sw, ew, gt, ge, lt, le or pr) at offset 12, found 'xx'",
                error.detail());
    }

    @Test
    void appliesFilterLimitsInsideBrackets() {
        ScimException error =
                assertThrows(ScimException.class, () -> PathParser.parse("emails[" + "(".repeat(5_000) + "]"));
        assertInvalidPath(error);
        assertTrue(error.detail().contains("50 levels"), error.detail());
    }

    private static void assertInvalidPath(ScimException error) {
        assertEquals(400, error.status());
        assertEquals("invalidPath", error.scimType());
        assertTrue(error.detail() != null && !error.detail().isBlank());
    }

    private static Filter eq(String attribute, Object value) {
        return new Filter.Compare(AttributePath.of(attribute), Operator.EQ, value);
    }
}
