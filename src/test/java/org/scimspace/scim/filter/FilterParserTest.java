package org.scimspace.scim.filter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.math.BigDecimal;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.scimspace.scim.ScimException;

class FilterParserTest {

    private static final String ENTERPRISE = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void parsesRfc7644Examples(String text, Filter expected) {
        assertEquals(expected, FilterParser.parse(text));
    }

    static Stream<Arguments> parsesRfc7644Examples() {
        return Stream.of(
                arguments("userName eq \"bjensen\"", eq("userName", "bjensen")),
                arguments(
                        "name.familyName co \"O'Malley\"",
                        cmp(AttributePath.of("name", "familyName"), Operator.CO, "O'Malley")),
                arguments("userName sw \"J\"", cmp(AttributePath.of("userName"), Operator.SW, "J")),
                arguments(
                        "urn:ietf:params:scim:schemas:core:2.0:User:userName sw \"J\"",
                        cmp(
                                new AttributePath("urn:ietf:params:scim:schemas:core:2.0:User", "userName", null),
                                Operator.SW,
                                "J")),
                arguments("title pr", pr("title")),
                arguments(
                        "meta.lastModified gt \"2011-05-13T04:42:34Z\"",
                        cmp(AttributePath.of("meta", "lastModified"), Operator.GT, "2011-05-13T04:42:34Z")),
                arguments(
                        "meta.lastModified ge \"2011-05-13T04:42:34Z\"",
                        cmp(AttributePath.of("meta", "lastModified"), Operator.GE, "2011-05-13T04:42:34Z")),
                arguments(
                        "meta.lastModified lt \"2011-05-13T04:42:34Z\"",
                        cmp(AttributePath.of("meta", "lastModified"), Operator.LT, "2011-05-13T04:42:34Z")),
                arguments(
                        "meta.lastModified le \"2011-05-13T04:42:34Z\"",
                        cmp(AttributePath.of("meta", "lastModified"), Operator.LE, "2011-05-13T04:42:34Z")),
                arguments(
                        "title pr and userType eq \"Employee\"",
                        new Filter.And(pr("title"), eq("userType", "Employee"))),
                arguments("title pr or userType eq \"Intern\"", new Filter.Or(pr("title"), eq("userType", "Intern"))),
                arguments("schemas eq \"" + ENTERPRISE + "\"", eq("schemas", ENTERPRISE)),
                arguments(
                        "userType eq \"Employee\" and (emails co \"example.com\" or emails.value co \"example.org\")",
                        new Filter.And(
                                eq("userType", "Employee"),
                                new Filter.Or(
                                        cmp(AttributePath.of("emails"), Operator.CO, "example.com"),
                                        cmp(AttributePath.of("emails", "value"), Operator.CO, "example.org")))),
                arguments(
                        "userType ne \"Employee\" and not (emails co \"example.com\" or emails.value co \"example.org\")",
                        new Filter.And(
                                cmp(AttributePath.of("userType"), Operator.NE, "Employee"),
                                new Filter.Not(new Filter.Or(
                                        cmp(AttributePath.of("emails"), Operator.CO, "example.com"),
                                        cmp(AttributePath.of("emails", "value"), Operator.CO, "example.org"))))),
                arguments(
                        "userType eq \"Employee\" and (emails.type eq \"work\")",
                        new Filter.And(
                                eq("userType", "Employee"),
                                cmp(AttributePath.of("emails", "type"), Operator.EQ, "work"))),
                arguments(
                        "userType eq \"Employee\" and emails[type eq \"work\" and value co \"@example.com\"]",
                        new Filter.And(
                                eq("userType", "Employee"),
                                new Filter.ValuePath(
                                        AttributePath.of("emails"),
                                        new Filter.And(
                                                eq("type", "work"),
                                                cmp(AttributePath.of("value"), Operator.CO, "@example.com"))))),
                arguments(
                        "emails[type eq \"work\" and value co \"@example.com\"] or "
                                + "ims[type eq \"xmpp\" and value co \"@foo.com\"]",
                        new Filter.Or(
                                new Filter.ValuePath(
                                        AttributePath.of("emails"),
                                        new Filter.And(
                                                eq("type", "work"),
                                                cmp(AttributePath.of("value"), Operator.CO, "@example.com"))),
                                new Filter.ValuePath(
                                        AttributePath.of("ims"),
                                        new Filter.And(
                                                eq("type", "xmpp"),
                                                cmp(AttributePath.of("value"), Operator.CO, "@foo.com"))))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void parsesEntraFilters(String text, Filter expected) {
        assertEquals(expected, FilterParser.parse(text));
    }

    static Stream<Arguments> parsesEntraFilters() {
        return Stream.of(
                arguments("userName eq \"a@b.c\"", eq("userName", "a@b.c")),
                arguments("externalId eq \"x\"", eq("externalId", "x")),
                arguments("displayName eq \"Group One\"", eq("displayName", "Group One")),
                arguments(
                        "id eq \"abc\" and members[value eq \"def\"]",
                        new Filter.And(
                                eq("id", "abc"),
                                new Filter.ValuePath(AttributePath.of("members"), eq("value", "def")))),
                arguments(
                        "userName eq \"Test_User_00aa00aa-bb11-cc22-dd33-44ee44ee44ee\"",
                        eq("userName", "Test_User_00aa00aa-bb11-cc22-dd33-44ee44ee44ee")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void parsesAttributePaths(String text, AttributePath expected) {
        assertEquals(new Filter.Present(expected), FilterParser.parse(text));
    }

    static Stream<Arguments> parsesAttributePaths() {
        return Stream.of(
                arguments("userName pr", AttributePath.of("userName")),
                arguments("USERNAME pr", AttributePath.of("USERNAME")),
                arguments("members.$ref pr", AttributePath.of("members", "$ref")),
                arguments("x-custom_attr2 pr", AttributePath.of("x-custom_attr2")),
                arguments(ENTERPRISE + ":manager.value pr", new AttributePath(ENTERPRISE, "manager", "value")),
                arguments(ENTERPRISE + ":department pr", new AttributePath(ENTERPRISE, "department", null)),
                arguments(
                        "URN:IETF:params:scim:schemas:core:2.0:User:name.givenName pr",
                        new AttributePath("URN:IETF:params:scim:schemas:core:2.0:User", "name", "givenName")),
                arguments(
                        ENTERPRISE + " pr",
                        new AttributePath("urn:ietf:params:scim:schemas:extension:enterprise:2.0", "User", null)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void appliesPrecedenceAndAssociativity(String text, Filter expected) {
        assertEquals(expected, FilterParser.parse(text));
    }

    static Stream<Arguments> appliesPrecedenceAndAssociativity() {
        return Stream.of(
                arguments("a pr or b pr and c pr", new Filter.Or(pr("a"), new Filter.And(pr("b"), pr("c")))),
                arguments("a pr and b pr or c pr", new Filter.Or(new Filter.And(pr("a"), pr("b")), pr("c"))),
                arguments("a pr and b pr and c pr", new Filter.And(new Filter.And(pr("a"), pr("b")), pr("c"))),
                arguments("a pr or b pr or c pr", new Filter.Or(new Filter.Or(pr("a"), pr("b")), pr("c"))),
                arguments("(a pr or b pr) and c pr", new Filter.And(new Filter.Or(pr("a"), pr("b")), pr("c"))),
                arguments("not (a pr) and b pr", new Filter.And(new Filter.Not(pr("a")), pr("b"))),
                arguments(
                        "not (a pr or b pr) or c pr",
                        new Filter.Or(new Filter.Not(new Filter.Or(pr("a"), pr("b"))), pr("c"))),
                arguments("a pr and not(b pr)", new Filter.And(pr("a"), new Filter.Not(pr("b")))),
                arguments("not (not (a pr))", new Filter.Not(new Filter.Not(pr("a")))),
                arguments("((a pr))", pr("a")),
                arguments(
                        "emails[not (type eq \"work\") or (primary eq true)]",
                        new Filter.ValuePath(
                                AttributePath.of("emails"),
                                new Filter.Or(new Filter.Not(eq("type", "work")), eq("primary", true)))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void ignoresCaseOfKeywordsAndToleratesWhitespace(String text, Filter expected) {
        assertEquals(expected, FilterParser.parse(text));
    }

    static Stream<Arguments> ignoresCaseOfKeywordsAndToleratesWhitespace() {
        return Stream.of(
                arguments("userName EQ \"x\"", eq("userName", "x")),
                arguments("A Eq \"b\" AND c pr", new Filter.And(eq("A", "b"), pr("c"))),
                arguments("a PR Or b pR", new Filter.Or(pr("a"), pr("b"))),
                arguments("NOT (a pr)", new Filter.Not(pr("a"))),
                arguments(
                        "a gT 1 anD b lE 2",
                        new Filter.And(
                                cmp(AttributePath.of("a"), Operator.GT, number("1")),
                                cmp(AttributePath.of("b"), Operator.LE, number("2")))),
                arguments(
                        "a sw \"x\" or b ew \"y\"",
                        new Filter.Or(
                                cmp(AttributePath.of("a"), Operator.SW, "x"),
                                cmp(AttributePath.of("b"), Operator.EW, "y"))),
                arguments("  \tuserName   eq\t\t\"x\"  ", eq("userName", "x")),
                arguments("( a pr )", pr("a")),
                arguments(
                        "emails[ type eq \"work\" ]",
                        new Filter.ValuePath(AttributePath.of("emails"), eq("type", "work"))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void parsesLiterals(String text, Object expected) {
        assertEquals(eq("a", expected), FilterParser.parse(text));
    }

    static Stream<Arguments> parsesLiterals() {
        return Stream.of(
                arguments("a eq \"\"", ""),
                arguments("a eq \"say \\\"hi\\\"\"", "say \"hi\""),
                arguments("a eq \"back\\\\slash\"", "back\\slash"),
                arguments("a eq \"a\\/b\"", "a/b"),
                arguments("a eq \"\\b\\f\\n\\r\\t\"", "\b\f\n\r\t"),
                arguments("a eq \"caf\\u00e9\"", "café"),
                arguments("a eq \"\\u00C9\\u00e9\"", "Éé"),
                arguments("a eq \"\\ud83d\\ude00\"", "\uD83D\uDE00"),
                arguments("a eq \"unicode ∑ kept\"", "unicode ∑ kept"),
                arguments("a eq \"and or not ( ) [ ]\"", "and or not ( ) [ ]"),
                arguments("a eq true", Boolean.TRUE),
                arguments("a eq FALSE", Boolean.FALSE),
                arguments("a eq True", Boolean.TRUE),
                arguments("a eq null", null),
                arguments("a eq 0", number("0")),
                arguments("a eq -12", number("-12")),
                arguments("a eq 3.5", number("3.5")),
                arguments("a eq 1e3", number("1e3")),
                arguments("a eq -0.25E-2", number("-0.25E-2")),
                arguments("a eq 12345678901234567890", number("12345678901234567890")));
    }

    @Test
    void keepsNullAsComparisonValue() {
        Filter.Compare compare = (Filter.Compare) FilterParser.parse("manager ne null");
        assertEquals(Operator.NE, compare.operator());
        assertEquals(null, compare.value());
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(
            strings = {
                "",
                "   ",
                "userName",
                "userName eq",
                "userName eq    ",
                "userName xx \"a\"",
                "userName equals \"a\"",
                "userName eq bjensen",
                "userName eq 'bjensen'",
                "userName eq \"bjensen",
                "userName eq \"bad \\q escape\"",
                "userName eq \"bad \\u12G4 escape\"",
                "userName eq \"short \\u12\"",
                "userName eq \"ends with backslash\\",
                "userName eq \"raw\nnewline\"",
                "userName eq \"a\" \"b\"",
                "userName eq \"a\" and",
                "userName eq \"a\" or",
                "and userName eq \"a\"",
                "userName eq \"a\" xor b pr",
                "(userName eq \"a\"",
                "userName eq \"a\")",
                "((a pr)",
                "(a pr))",
                "()",
                "not a pr",
                "not",
                "not ()",
                "a pr not (b pr)",
                "title pr \"x\"",
                "title pr pr",
                "emails[type eq \"work\"",
                "emails type eq \"work\"]",
                "emails[]",
                "emails[type eq \"work\"].value eq \"x\"",
                "emails[type[value eq \"x\"]]",
                "emails[name.givenName eq \"x\"]",
                "emails[" + ENTERPRISE + ":manager eq \"x\"]",
                "emails [type eq \"work\"]",
                "1abc eq \"x\"",
                "user name eq \"x\"",
                "name.familyName.extra eq \"x\"",
                "name. eq \"x\"",
                ".name eq \"x\"",
                "a$ref eq \"x\"",
                "urn: eq \"x\"",
                "urn:ietf:params:scim:schemas:core:2.0:User: eq \"x\"",
                "some:thing eq \"x\"",
                "a eq 01",
                "a eq 1.",
                "a eq .5",
                "a eq +1",
                "a eq 1e",
                "a eq 1e2147483648",
                "a eq 0x10",
                "a eq truex",
                "a eq nul",
                "a eq -",
                "a pr and\nb pr",
                "a eq \"x\" trailing",
                "\"a\" eq \"x\"",
            })
    void rejectsMalformedFilters(String text) {
        ScimException error = assertThrows(ScimException.class, () -> FilterParser.parse(text));
        assertInvalidFilter(error);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource
    void namesOffsetAndExpectationInDetail(String text, String expectedDetail) {
        ScimException error = assertThrows(ScimException.class, () -> FilterParser.parse(text));
        assertEquals(expectedDetail, error.detail());
    }

    static Stream<Arguments> namesOffsetAndExpectationInDetail() {
        return Stream.of(
                arguments(
                        "userName xx \"a\"",
                        "Expected an operator (eq, ne, co, sw, ew, gt, ge, lt, le or pr) at offset 9, found 'xx'"),
                arguments(
                        "userName eq",
                        "Expected a value (a string in double quotes, a number, true, false or null)"
                                + " at offset 11, found end of input"),
                arguments("userName eq \"abc", "Unterminated string starting at offset 12"),
                arguments("a eq \"\\x\"", "Invalid escape '\\x' at offset 6"),
                arguments(
                        "(a pr",
                        "Unclosed '(' at offset 0: expected 'and', 'or' or ')' at offset 5, found end of input"),
                arguments("a pr)", "Unbalanced ')' at offset 4"),
                arguments("not a pr", "Expected '(' after 'not' at offset 4, found 'a'"),
                arguments("a pr b", "Expected 'and', 'or' or end of input at offset 5, found 'b'"),
                arguments("", "Filter is empty"));
    }

    @Test
    void rejectsSubAttributeAfterBracketWithHint() {
        ScimException error =
                assertThrows(ScimException.class, () -> FilterParser.parse("emails[type eq \"work\"].value eq \"x\""));
        assertInvalidFilter(error);
        assertTrue(error.detail().contains("only allowed in PATCH paths"), error.detail());
    }

    @Test
    void rejectsNullText() {
        assertInvalidFilter(assertThrows(ScimException.class, () -> FilterParser.parse(null)));
    }

    private static void assertInvalidFilter(ScimException error) {
        assertEquals(400, error.status());
        assertEquals("invalidFilter", error.scimType());
        assertTrue(error.detail() != null && !error.detail().isBlank());
    }

    private static Filter eq(String attribute, Object value) {
        return cmp(AttributePath.of(attribute), Operator.EQ, value);
    }

    private static Filter cmp(AttributePath path, Operator operator, Object value) {
        return new Filter.Compare(path, operator, value);
    }

    private static Filter pr(String attribute) {
        return new Filter.Present(AttributePath.of(attribute));
    }

    private static BigDecimal number(String text) {
        return new BigDecimal(text);
    }
}
