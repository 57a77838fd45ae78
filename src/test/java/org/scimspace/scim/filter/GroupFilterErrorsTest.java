package org.scimspace.scim.filter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.scimspace.scim.ScimException;

/**
 * Group filters and sort parameters that cannot be used fail as invalidFilter or
 * invalidValue before any query is built; users' group filters alike.
 */
class GroupFilterErrorsTest {

    private static final String ACME = "urn:ietf:params:scim:schemas:extension:acme:2.0:Group";

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void rejectsGroupFilters(String filter, String detail) {
        ScimException error = assertThrows(
                ScimException.class, () -> GroupFilterTranslator.criteria(FilterParser.parse(filter), null, null));
        assertEquals("invalidFilter", error.scimType());
        assertEquals(400, error.status());
        assertTrue(error.detail().contains(detail), error.detail());
    }

    static Stream<Arguments> rejectsGroupFilters() {
        return Stream.of(
                arguments("foo eq \"x\"", "Unknown attribute 'foo'"),
                arguments("userName eq \"x\"", "Unknown attribute 'userName'"),
                arguments("displayName.foo eq \"x\"", "Unknown attribute 'displayName.foo'"),
                arguments("members.foo eq \"x\"", "Unknown attribute 'members.foo'"),
                arguments("members[foo eq \"x\"]", "Unknown attribute 'members.foo'"),
                arguments("members.$ref eq \"https://x/Users/1\"", "'members.$ref' cannot be searched"),
                arguments("members[$ref pr]", "'members.$ref' cannot be searched"),
                arguments("meta eq \"x\"", "is complex"),
                arguments("meta.version eq \"W/\\\"1\\\"\"", "cannot be searched"),
                arguments("meta.location pr", "cannot be searched"),
                arguments("meta.created gt \"yesterday\"", "is not a date-time"),
                arguments("meta.lastModified co \"2011\"", "is a dateTime and supports only"),
                arguments("displayName eq 5", "'displayName' is a string; 5 is not a string"),
                arguments("members.value eq true", "'members.value' is a string"),
                arguments("members eq 5", "'members.value' is a string"),
                arguments("members.type eq 1", "'members.type' is a string"),
                arguments("members.display gt null", "Only eq and ne compare with null"),
                arguments("schemas sw \"urn\"", "supports only eq, ne and pr"),
                arguments("displayName[value eq \"x\"]", "has no sub-attributes"),
                arguments("meta[created pr]", "has no sub-attributes"),
                arguments(ACME + ":costCode eq \"x\"", "not filterable"),
                arguments(ACME + ":costCode pr", "not filterable"),
                arguments("urn:ietf:params:scim:schemas:core:2.0:User:userName eq \"x\"", "not filterable"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void rejectsUserGroupFilters(String filter, String detail) {
        ScimException error = assertThrows(
                ScimException.class, () -> UserFilterTranslator.criteria(FilterParser.parse(filter), null, null));
        assertEquals("invalidFilter", error.scimType());
        assertTrue(error.detail().contains(detail), error.detail());
    }

    static Stream<Arguments> rejectsUserGroupFilters() {
        return Stream.of(
                arguments("groups.foo eq \"x\"", "Unknown attribute 'groups.foo'"),
                arguments("groups[foo pr]", "Unknown attribute 'groups.foo'"),
                arguments("groups.$ref eq \"x\"", "'groups.$ref' cannot be searched"),
                arguments("groups.value eq 1", "'groups.value' is a string"),
                arguments("groups.display eq false", "'groups.display' is a string"));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "members",
                "members.value",
                "MEMBERS.display",
                "foo",
                "meta",
                "schemas",
                "displayName.foo",
                "meta.version",
                ACME + ":costCode",
                "displayName eq"
            })
    void rejectsAttributesItCannotSortBy(String sortBy) {
        ScimException error =
                assertThrows(ScimException.class, () -> GroupFilterTranslator.criteria(null, sortBy, null));
        assertEquals("invalidValue", error.scimType());
    }

    @ParameterizedTest
    @ValueSource(strings = {"up", "asc", ""})
    void rejectsAnUnknownSortOrder(String sortOrder) {
        ScimException error =
                assertThrows(ScimException.class, () -> GroupFilterTranslator.criteria(null, "displayName", sortOrder));
        assertEquals("invalidValue", error.scimType());
    }
}
