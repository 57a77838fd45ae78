package org.scimspace.scim.filter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.scimspace.directory.boundary.Page;

/** Group filters run as SQL on H2 against {@link GroupFixture}; results in creation order. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GroupFilterTranslatorTest {

    private static final String CORE = "urn:ietf:params:scim:schemas:core:2.0:Group";
    private static final List<String> ALL =
            List.of("Sales", "Engineering", "Empty", "All Staff", "50%_off\\", "Nameless");

    private GroupFixture fixture;

    @BeforeAll
    void store() {
        fixture = new GroupFixture();
    }

    @AfterAll
    void close() {
        fixture.close();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource({"columns", "memberValues", "memberTypes", "memberPresence", "memberDisplays", "sameMember"})
    void findsExactly(String filter, List<String> expected) {
        assertEquals(expected, fixture.groups(filter));
    }

    static Stream<Arguments> columns() {
        return Stream.of(
                arguments("displayName eq \"Sales\"", List.of("Sales")),
                arguments("displayName eq \"sALES\"", List.of("Sales")),
                arguments("DISPLAYNAME EQ \"sales\"", List.of("Sales")),
                arguments(CORE + ":displayName eq \"sales\"", List.of("Sales")),
                arguments(CORE.toUpperCase() + ":displayName eq \"sales\"", List.of("Sales")),
                arguments("displayName ne \"sales\"", without("Sales")),
                arguments("displayName sw \"E\"", List.of("Engineering", "Empty")),
                arguments("displayName ew \"STAFF\"", List.of("All Staff")),
                arguments("displayName co \"LE\"", List.of("Sales", "Nameless")),
                arguments("displayName gt \"m\"", List.of("Sales", "Nameless")),
                arguments("displayName le \"all staff\"", List.of("All Staff", "50%_off\\")),
                arguments("displayName co \"%\"", List.of("50%_off\\")),
                arguments("displayName co \"_\"", List.of("50%_off\\")),
                arguments("displayName ew \"\\\\\"", List.of("50%_off\\")),
                arguments("displayName pr", ALL),
                arguments("externalId eq \"sales-ext\"", List.of("Sales")),
                arguments("externalId eq \"SALES-EXT\"", List.of()),
                arguments("externalId sw \"ENG\"", List.of("Engineering")),
                arguments("externalId sw \"eng\"", List.of()),
                arguments("externalId pr", List.of("Sales", "Engineering")),
                arguments("externalId ne \"ENG-1\"", without("Engineering")),
                arguments("externalId eq null", List.of("Empty", "All Staff", "50%_off\\", "Nameless")),
                arguments("meta.created gt \"2011-05-04T04:42:34Z\"", List.of("50%_off\\", "Nameless")),
                arguments("meta.created eq \"2011-05-02T06:42:34+02:00\"", List.of("Engineering")),
                arguments("meta.lastModified ge \"2011-05-08T04:42:34Z\"", List.of("Sales", "Engineering")),
                arguments("meta.resourceType eq \"Group\"", ALL),
                arguments("meta.resourceType eq \"User\"", List.of()),
                arguments("meta pr", ALL),
                arguments("schemas eq \"" + CORE + "\"", ALL),
                arguments("schemas eq \"urn:ietf:params:scim:schemas:core:2.0:User\"", List.of()),
                arguments("id eq \"{Engineering}\"", List.of("Engineering")),
                arguments("id eq \"{Engineering}\" or displayName eq \"empty\"", List.of("Engineering", "Empty")));
    }

    static Stream<Arguments> memberValues() {
        return Stream.of(
                arguments("members.value eq \"{alice}\"", List.of("Sales")),
                arguments("members[value eq \"{bob}\"]", List.of("Sales", "Engineering")),
                arguments("members eq \"{bob}\"", List.of("Sales", "Engineering")),
                arguments(CORE + ":members.value eq \"{bob}\"", List.of("Sales", "Engineering")),
                arguments("MEMBERS.VALUE eq \"{dave}\"", List.of("50%_off\\")),
                arguments("members.value eq \"{Sales}\"", List.of("Engineering")),
                arguments("members.value eq \"{eve}\"", List.of()),
                arguments("members.value ne \"{bob}\"", without("Sales", "Engineering")),
                arguments(
                        "members[value ne \"{bob}\"]",
                        List.of("Sales", "Engineering", "All Staff", "50%_off\\", "Nameless")),
                arguments("id eq \"{Sales}\" and members[value eq \"{alice}\"]", List.of("Sales")),
                arguments("id eq \"{Sales}\" and members[value eq \"{dave}\"]", List.of()),
                arguments("id eq \"{Engineering}\" and members[value eq \"{alice}\"]", List.of()));
    }

    static Stream<Arguments> memberTypes() {
        List<String> withUsers = List.of("Sales", "Engineering", "All Staff", "50%_off\\", "Nameless");
        return Stream.of(
                arguments("members.type eq \"User\"", withUsers),
                arguments("members[type eq \"Group\"]", List.of("Engineering", "All Staff")),
                arguments("members.type eq \"group\"", List.of()),
                arguments("members.type sw \"G\"", List.of("Engineering", "All Staff")),
                arguments("members.type gt \"A\"", withUsers),
                arguments("members.type ne \"User\"", List.of("Empty")),
                arguments("members[not (type eq \"User\")]", List.of("Engineering", "All Staff")),
                arguments("members.type pr", withUsers));
    }

    static Stream<Arguments> memberPresence() {
        List<String> withMembers = without("Empty");
        return Stream.of(
                arguments("members pr", withMembers),
                arguments("members ne null", withMembers),
                arguments("not (members pr)", List.of("Empty")),
                arguments("members eq null", List.of("Empty")),
                arguments("members.value pr", withMembers),
                arguments("not (members pr) or displayName eq \"sales\"", List.of("Sales", "Empty")));
    }

    static Stream<Arguments> memberDisplays() {
        return Stream.of(
                arguments("members.display eq \"alice adams\"", List.of("Sales")),
                arguments("members.display eq \"Sales\"", List.of("Engineering")),
                arguments("members.display co \"O\"", List.of("Sales", "Engineering")),
                arguments("members.display sw \"e\"", List.of("All Staff")),
                arguments("members[display eq \"DAVE\"]", List.of("50%_off\\")),
                arguments("members.display pr", List.of("Sales", "Engineering", "All Staff", "50%_off\\")),
                arguments("members[not (display pr)]", List.of("All Staff", "Nameless")),
                arguments("members.display eq \"eve\"", List.of()));
    }

    /** Inside brackets every condition holds for one membership; outside, for any. */
    static Stream<Arguments> sameMember() {
        return Stream.of(
                arguments("members[value eq \"{alice}\" and type eq \"User\"]", List.of("Sales")),
                arguments("members[value eq \"{alice}\" and type eq \"Group\"]", List.of()),
                arguments("members[value eq \"{Sales}\" and type eq \"Group\"]", List.of("Engineering")),
                arguments("members[display eq \"sales\" and type eq \"User\"]", List.of()),
                arguments("members.display eq \"sales\" and members.type eq \"User\"", List.of("Engineering")),
                arguments("members[type eq \"Group\" and display sw \"eng\"]", List.of("All Staff")),
                arguments("members[value eq \"{alice}\" or value eq \"{dave}\"]", List.of("Sales", "50%_off\\")),
                arguments("members[value eq \"{bob}\"] and members[type eq \"Group\"]", List.of("Engineering")));
    }

    @Test
    void neverShowsAnotherTenantsGroupsOrMembers() {
        assertEquals(List.of("Sales"), fixture.groups(GroupFixture.OTHER_TENANT, "displayName eq \"SALES\""));
        assertEquals(List.of("Sales", "Other"), fixture.groups(GroupFixture.OTHER_TENANT, null));
        assertEquals(List.of(), fixture.groups("members.value eq \"" + fixture.otherId("alice") + "\""));
        assertEquals(List.of(), fixture.groups("id eq \"" + fixture.otherId("Sales") + "\""));
        assertEquals(List.of("Sales"), fixture.groups(GroupFixture.OTHER_TENANT, "members.display eq \"alice adams\""));
        assertEquals(List.of(), fixture.groups(GroupFixture.OTHER_TENANT, "displayName eq \"Other\" and members pr"));
        assertEquals(ALL, fixture.groups(null));
        assertEquals(new Page<>(6, List.of()), fixture.page(GroupFixture.TENANT, null, null, null, 0, 0));
    }

    @Test
    void findsByIdExactly() {
        String id = fixture.id("Empty");
        assertEquals(List.of(), fixture.groups("id eq \"" + id.toUpperCase() + "\""));
        assertEquals(
                List.of(),
                fixture.groups("members.value eq \"" + fixture.id("alice").toUpperCase() + "\""));
    }

    private static List<String> without(String... displayNames) {
        List<String> excluded = List.of(displayNames);
        return ALL.stream().filter(name -> !excluded.contains(name)).toList();
    }
}
