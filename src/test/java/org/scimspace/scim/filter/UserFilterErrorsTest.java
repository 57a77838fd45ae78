package org.scimspace.scim.filter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.scimspace.scim.ScimException;

/** Filters that cannot be evaluated on users fail as invalidFilter before any query is built. */
class UserFilterErrorsTest {

    private static final String ENTERPRISE = UserFixture.ENTERPRISE;
    private static final String ACME = UserFixture.ACME;

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void rejects(String filter, String detail) {
        ScimException error = assertThrows(
                ScimException.class, () -> UserFilterTranslator.criteria(FilterParser.parse(filter), null, null));
        assertEquals("invalidFilter", error.scimType());
        assertEquals(400, error.status());
        assertTrue(error.detail().contains(detail), error.detail());
    }

    static Stream<Arguments> rejects() {
        return Stream.of(
                arguments("foo eq \"x\"", "Unknown attribute 'foo'"),
                arguments("name.foo eq \"x\"", "Unknown attribute 'name.foo'"),
                arguments("userName.foo eq \"x\"", "Unknown attribute 'userName.foo'"),
                arguments(ENTERPRISE + ":foo eq \"x\"", "Unknown attribute '" + ENTERPRISE + ":foo'"),
                arguments("emails[foo eq \"x\"]", "Unknown attribute 'emails.foo'"),
                arguments("active gt true", "is a boolean and supports only eq and ne"),
                arguments("active co \"t\"", "is a boolean and supports only eq and ne"),
                arguments("active eq \"yes\"", "'active' is a boolean; \"yes\" is not a boolean"),
                arguments("active eq 1", "is not a boolean"),
                arguments("meta.created gt 5", "'meta.created' is a dateTime; 5 is not a dateTime"),
                arguments("meta.created gt \"yesterday\"", "\"yesterday\" is not a date-time"),
                arguments("meta.lastModified sw \"2011\"", "is a dateTime and supports only"),
                arguments("userName eq 5", "'userName' is a string; 5 is not a string"),
                arguments("title eq true", "is not a string"),
                arguments("userName gt null", "Only eq and ne compare with null"),
                arguments("x509Certificates.value eq \"MII\"", "binary"),
                arguments("x509Certificates eq \"MII\"", "binary"),
                arguments("x509Certificates.value pr", "binary"),
                arguments("password eq \"secret\"", "'password'"),
                arguments("password pr", "'password'"),
                arguments("name eq \"Barbara\"", "is complex"),
                arguments("meta eq \"x\"", "is complex"),
                arguments(ENTERPRISE + " eq \"x\"", "is complex"),
                arguments("meta.version eq \"W/\\\"1\\\"\"", "cannot be searched"),
                arguments("meta.resourceType eq 1", "is not a string"),
                arguments("schemas co \"urn\"", "supports only eq, ne and pr"),
                arguments("userName[value eq \"x\"]", "has no sub-attributes"),
                arguments("meta[created pr]", "has no sub-attributes"),
                arguments(ACME + ":level co 3", "is a number and supports only"),
                arguments(ACME + ":remote gt false", "is a boolean"));
    }
}
