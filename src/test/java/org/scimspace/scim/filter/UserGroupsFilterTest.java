package org.scimspace.scim.filter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * User filters on {@code groups}, the groups a user is a direct member of, run on H2 against
 * {@link GroupFixture}. bob is in Sales and Engineering; Sales is itself a member of
 * Engineering, which makes no user of Sales a member of Engineering.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class UserGroupsFilterTest {

    private static final String CORE = "urn:ietf:params:scim:schemas:core:2.0:User";
    private static final List<String> IN_GROUPS = List.of("alice", "bob", "carol", "dave");

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
    @MethodSource
    void findsExactly(String filter, List<String> expected) {
        assertEquals(expected, fixture.users(filter));
    }

    static Stream<Arguments> findsExactly() {
        return Stream.of(
                arguments("groups.value eq \"{Sales}\"", List.of("alice", "bob")),
                arguments("groups[value eq \"{Engineering}\"]", List.of("bob")),
                arguments("groups eq \"{Nameless}\"", List.of("carol")),
                arguments(CORE + ":groups.value eq \"{All Staff}\"", List.of("carol")),
                arguments("groups.value eq \"{Empty}\"", List.of()),
                arguments("groups.value ne \"{Sales}\"", List.of("carol", "dave", "eve")),
                arguments("groups pr", IN_GROUPS),
                arguments("not (groups pr)", List.of("eve")),
                arguments("groups eq null", List.of("eve")),
                arguments("groups.display eq \"Sales\"", List.of("alice", "bob")),
                arguments("GROUPS.DISPLAY eq \"sales\"", List.of("alice", "bob")),
                arguments("groups.display sw \"e\"", List.of("bob")),
                arguments("groups.display co \"%\"", List.of("dave")),
                arguments("groups.display pr", IN_GROUPS),
                arguments("groups.type eq \"direct\"", IN_GROUPS),
                arguments("groups.type eq \"Direct\"", IN_GROUPS),
                arguments("groups.type eq \"indirect\"", List.of()),
                arguments("groups[type eq \"indirect\" or value eq \"{Sales}\"]", List.of("alice", "bob")),
                arguments("groups[type eq \"direct\" and display eq \"nameless\"]", List.of("carol")),
                arguments("groups[value eq \"{Sales}\" and display eq \"Engineering\"]", List.of()),
                arguments("groups.value eq \"{Sales}\" and groups.display eq \"Engineering\"", List.of("bob")),
                arguments("userName eq \"dave\" and groups[value eq \"{50%_off\\}\"]", List.of("dave")),
                arguments("groups.display eq \"Other\"", List.of()));
    }
}
