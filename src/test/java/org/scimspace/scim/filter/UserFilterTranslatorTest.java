package org.scimspace.scim.filter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.params.provider.Arguments.arguments;
import static org.scimspace.scim.filter.UserFixture.ACME;
import static org.scimspace.scim.filter.UserFixture.ENTERPRISE;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Filters run as SQL on H2 against a fixed set of users; results in creation order. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class UserFilterTranslatorTest {

    private static final String CORE = "urn:ietf:params:scim:schemas:core:2.0:User";
    private static final List<String> ALL = List.of(
            "bjensen",
            "JSmith",
            "mixed",
            "omalley",
            "noname",
            "percent%user",
            "under_score",
            "back\\user",
            "acme",
            "janet");

    private UserFixture users;

    @BeforeAll
    void store() {
        users = new UserFixture();
    }

    @AfterAll
    void close() {
        users.close();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource({
        "rfc7644Examples",
        "caseRules",
        "stringOperators",
        "datesBooleansNumbers",
        "valuePaths",
        "negationAndMissing",
        "extensions",
        "likeEscaping",
        "fixedAttributes"
    })
    void findsExactly(String filter, List<String> expected) {
        assertEquals(expected, users.names(filter));
    }

    static Stream<Arguments> rfc7644Examples() {
        return Stream.of(
                arguments("userName eq \"bjensen\"", List.of("bjensen")),
                arguments("name.familyName co \"O'Malley\"", List.of("omalley")),
                arguments("userName sw \"J\"", List.of("JSmith", "janet")),
                arguments(CORE + ":userName sw \"J\"", List.of("JSmith", "janet")),
                arguments("title pr", List.of("bjensen", "omalley")),
                arguments(
                        "meta.lastModified gt \"2011-05-05T04:42:34Z\"",
                        List.of("noname", "percent%user", "under_score", "back\\user", "acme", "janet")),
                arguments(
                        "meta.lastModified ge \"2011-05-05T04:42:34Z\"",
                        List.of("omalley", "noname", "percent%user", "under_score", "back\\user", "acme", "janet")),
                arguments("meta.lastModified lt \"2011-05-05T04:42:34Z\"", List.of("bjensen", "JSmith", "mixed")),
                arguments(
                        "meta.lastModified le \"2011-05-05T04:42:34Z\"",
                        List.of("bjensen", "JSmith", "mixed", "omalley")),
                arguments("title pr and userType eq \"Employee\"", List.of("bjensen")),
                arguments("title pr or userType eq \"Intern\"", List.of("bjensen", "omalley")),
                arguments("schemas eq \"" + ENTERPRISE + "\"", List.of("bjensen", "JSmith")),
                arguments(
                        "userType eq \"Employee\" and (emails co \"example.com\" or emails.value co \"example.org\")",
                        List.of("bjensen")),
                arguments(
                        "userType ne \"Employee\" and not (emails co \"example.com\" or emails.value co"
                                + " \"example.org\")",
                        List.of("noname", "percent%user", "under_score", "back\\user", "acme", "janet")),
                arguments("userType eq \"Employee\" and (emails.type eq \"work\")", List.of("bjensen", "mixed")),
                arguments(
                        "userType eq \"Employee\" and emails[type eq \"work\" and value co \"@example.com\"]",
                        List.of("bjensen")),
                arguments(
                        "emails[type eq \"work\" and value co \"@example.com\"] or ims[type eq \"xmpp\" and value"
                                + " co \"@foo.com\"]",
                        List.of("bjensen", "mixed")));
    }

    static Stream<Arguments> caseRules() {
        return Stream.of(
                arguments("userName eq \"BJENSEN\"", List.of("bjensen")),
                arguments("UserName EQ \"jsmith\"", List.of("JSmith")),
                arguments("externalId eq \"bjensen-ext\"", List.of("bjensen")),
                arguments("externalId eq \"BJENSEN-EXT\"", List.of()),
                arguments("externalId sw \"js\"", List.of()),
                arguments("displayName eq \"babs JENSEN\"", List.of("bjensen")),
                arguments("emails.value eq \"BJENSEN@EXAMPLE.COM\"", List.of("bjensen")),
                arguments("EMAILS.TYPE eq \"Work\"", List.of("bjensen", "mixed", "omalley")),
                arguments(ENTERPRISE + ":manager.value eq \"mgr-1\"", List.of("bjensen")),
                arguments(ENTERPRISE.toUpperCase() + ":Department eq \"sales\"", List.of("bjensen")));
    }

    static Stream<Arguments> stringOperators() {
        return Stream.of(
                arguments("name.familyName eq \"jensen\"", List.of("bjensen", "janet")),
                arguments("name.familyName co \"MAL\"", List.of("omalley")),
                arguments("name.familyName sw \"z\"", List.of("percent%user", "under_score")),
                arguments("name.familyName ew \"EN\"", List.of("bjensen", "janet")),
                arguments("name.familyName gt \"o\"", List.of("JSmith", "omalley", "percent%user", "under_score")),
                arguments("name.familyName ge \"smith\"", List.of("JSmith", "percent%user", "under_score")),
                arguments("name.familyName lt \"b\"", List.of("mixed")),
                arguments("name.familyName le \"adams\"", List.of("mixed")),
                arguments("displayName gt \"M\"", List.of("mixed", "omalley")),
                arguments("userName gt \"p\"", List.of("percent%user", "under_score")),
                arguments("externalId sw \"JS\"", List.of("JSmith")),
                arguments("displayName co \"smith\"", List.of("JSmith")),
                arguments("displayName ew \"SEN\"", List.of("bjensen")));
    }

    static Stream<Arguments> datesBooleansNumbers() {
        return Stream.of(
                arguments("meta.created eq \"2011-05-02T04:42:34Z\"", List.of("JSmith")),
                arguments("meta.created eq \"2011-05-02T06:42:34+02:00\"", List.of("JSmith")),
                arguments("meta.created ne \"2011-05-02T04:42:34Z\"", without("JSmith")),
                arguments("meta.created gt \"2011-05-09T00:00:00Z\"", List.of("acme", "janet")),
                arguments("active eq true", without("JSmith")),
                arguments("active eq false", List.of("JSmith")),
                arguments("active ne true", List.of("JSmith")),
                arguments("active eq \"false\"", List.of("JSmith")),
                arguments(
                        "active eq true and userName co \"s\"",
                        List.of("bjensen", "percent%user", "under_score", "back\\user")),
                arguments("emails.primary eq true", List.of("bjensen", "mixed")),
                arguments(ACME + ":remote eq true", List.of("acme")),
                arguments(ACME + ":level gt 2", List.of("acme")),
                arguments(ACME + ":level lt 3", List.of()),
                arguments(ACME + ":level ge 3", List.of("acme")),
                arguments(ACME + ":level le 3.0", List.of("acme")),
                arguments(ACME + ":level eq 3.0", List.of("acme")),
                arguments(ACME + ":level ne 3", without("acme")));
    }

    static Stream<Arguments> valuePaths() {
        return Stream.of(
                arguments("emails[type eq \"work\" and value co \"@y\"]", List.of()),
                arguments("emails[type eq \"home\" and value co \"@y\"]", List.of("mixed")),
                arguments("emails[type eq \"work\"] and emails[value co \"@y\"]", List.of("mixed")),
                arguments("emails[not (type eq \"work\")]", List.of("bjensen", "JSmith", "mixed")),
                arguments(
                        "emails[type eq \"work\" or value ew \".org\"]",
                        List.of("bjensen", "JSmith", "mixed", "omalley")),
                arguments("emails[primary eq true and type eq \"home\"]", List.of("mixed")),
                arguments("emails[type ne \"work\" and value co \"example\"]", List.of("JSmith")),
                arguments("emails[display pr]", List.of()),
                arguments("name[givenName eq \"pat\"]", List.of("omalley")),
                arguments(ACME + ":office[city eq \"Oslo\" and floor eq 4]", List.of("acme")),
                arguments(ACME + ":office[city eq \"Oslo\" and floor eq 5]", List.of()));
    }

    static Stream<Arguments> negationAndMissing() {
        List<String> withoutTitle =
                List.of("JSmith", "mixed", "noname", "percent%user", "under_score", "back\\user", "acme", "janet");
        return Stream.of(
                arguments("not (title pr)", withoutTitle),
                arguments("title eq null", withoutTitle),
                arguments("title ne null", List.of("bjensen", "omalley")),
                arguments("title ne \"Manager\"", without("omalley")),
                arguments("displayName ne \"janet\"", without("janet")),
                arguments("not (externalId eq \"JS-1\")", without("JSmith")),
                arguments("externalId pr", List.of("bjensen", "JSmith")),
                arguments(
                        "displayName eq null", List.of("noname", "percent%user", "under_score", "back\\user", "acme")),
                arguments("emails pr", List.of("bjensen", "JSmith", "mixed", "omalley")),
                arguments(
                        "name pr",
                        List.of("bjensen", "JSmith", "mixed", "omalley", "percent%user", "under_score", "janet")),
                arguments("not (not (userName eq \"janet\"))", List.of("janet")));
    }

    static Stream<Arguments> extensions() {
        return Stream.of(
                arguments(ENTERPRISE + ":department eq \"Sales\"", List.of("bjensen")),
                arguments(ENTERPRISE + ":manager eq \"mgr-1\"", List.of("bjensen")),
                arguments(ENTERPRISE + ":department ne \"Sales\"", without("bjensen")),
                arguments(ENTERPRISE + " pr", List.of("bjensen", "JSmith")),
                arguments(ACME + ":costCode eq \"cc-7\"", List.of("acme")),
                arguments(ACME + ":badges eq \"silver\"", List.of("acme")),
                arguments(ACME + ":office.city eq \"oslo\"", List.of("acme")),
                arguments(ACME + ":office.floor ge 4", List.of("acme")),
                arguments(ACME + ":hired sw \"2020-01\"", List.of("acme")),
                arguments(ACME + ":costCode pr", List.of("acme")),
                arguments("schemas eq \"" + ACME + "\"", List.of("acme")),
                arguments("schemas eq \"" + CORE + "\"", ALL),
                arguments("x509Certificates.display eq \"cert\"", List.of("back\\user")));
    }

    static Stream<Arguments> likeEscaping() {
        return Stream.of(
                arguments("userName co \"%\"", List.of("percent%user")),
                arguments("userName co \"_\"", List.of("under_score")),
                arguments("userName co \"\\\\\"", List.of("back\\user")),
                arguments("userName sw \"percent%\"", List.of("percent%user")),
                arguments("userName ew \"%user\"", List.of("percent%user")),
                arguments("userName ew \"\\\\user\"", List.of("back\\user")));
    }

    static Stream<Arguments> fixedAttributes() {
        return Stream.of(
                arguments("meta.resourceType eq \"User\"", ALL),
                arguments("meta.resourceType eq \"user\"", List.of()),
                arguments("meta.resourceType ne \"Group\"", ALL),
                arguments("meta pr", ALL),
                arguments("id pr", ALL),
                arguments("groups pr", List.of()),
                arguments("groups.value eq \"g1\"", List.of()),
                arguments("groups[display co \"x\"]", List.of()),
                arguments("not (groups pr)", ALL));
    }

    @Test
    void neverShowsAnotherTenantsUsers() {
        assertEquals(List.of("bjensen"), users.names("userName eq \"bjensen\" or title eq \"Tour Guide\""));
        assertEquals(List.of(), users.names("userName eq \"jother\" or name.familyName eq \"Other\""));
        assertEquals(ALL, users.names(null));
        assertEquals(10, users.page(null, null, null, 0, 0).total());
    }

    @Test
    void findsByIdExactly() {
        String id = users.id("omalley");
        assertEquals(List.of("omalley"), users.names("id eq \"" + id + "\""));
        assertEquals(List.of(), users.names("id eq \"" + id.toUpperCase() + "\""));
    }

    private static List<String> without(String userName) {
        return ALL.stream().filter(name -> !name.equals(userName)).toList();
    }
}
