package org.scimspace.scim.filter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.scimspace.scim.filter.UserFixture.ACME;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.scimspace.directory.boundary.Page;
import org.scimspace.scim.ScimException;

/**
 * Sorting and paging on H2 (RFC 7644 §3.4.2.3, §3.4.2.4). Users with equal keys (and those
 * without a value) are compared as groups, because their order is only fixed by their ids.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class UserSortTest {

    private static final Set<String> WITHOUT_EMAILS =
            Set.of("noname", "percent%user", "under_score", "back\\user", "acme", "janet");

    private UserFixture users;

    @BeforeAll
    void store() {
        users = new UserFixture();
    }

    @AfterAll
    void close() {
        users.close();
    }

    @Test
    void sortsByUserNameIgnoringCase() {
        List<String> ascending = List.of(
                "acme",
                "back\\user",
                "bjensen",
                "janet",
                "JSmith",
                "mixed",
                "noname",
                "omalley",
                "percent%user",
                "under_score");
        assertEquals(ascending, sorted("userName", null));
        assertEquals(ascending, sorted("userName", "ascending"));
        assertEquals(reversed(ascending), sorted("USERNAME", "DESCENDING"));
    }

    @Test
    void sortsMissingValuesLastAscendingAndFirstDescending() {
        List<Set<String>> ascending = List.of(
                Set.of("mixed"),
                Set.of("bjensen", "janet"),
                Set.of("omalley"),
                Set.of("JSmith"),
                Set.of("under_score"),
                Set.of("percent%user"),
                Set.of("noname", "back\\user", "acme"));
        assertGroups(ascending, sorted("name.familyName", null));
        assertGroups(reversed(ascending), sorted("name.familyName", "descending"));
    }

    @Test
    void sortsMultiValuedAttributesByTheirPrimaryValue() {
        // mixed's primary email b@y.com is its second one; its first, z@x.com, would sort last.
        List<Set<String>> ascending =
                List.of(Set.of("mixed"), Set.of("bjensen"), Set.of("JSmith"), Set.of("omalley"), WITHOUT_EMAILS);
        assertGroups(ascending, sorted("emails", null));
        assertGroups(ascending, sorted("emails.value", null));
    }

    @Test
    void sortsByDisplayNameIgnoringCaseAndByCustomValues() {
        assertGroups(
                List.of(
                        Set.of("bjensen"),
                        Set.of("janet"),
                        Set.of("JSmith"),
                        Set.of("mixed"),
                        Set.of("omalley"),
                        Set.of("noname", "percent%user", "under_score", "back\\user", "acme")),
                sorted("displayName", null));
        assertEquals("acme", sorted(ACME + ":costCode", null).get(0));
        assertEquals("acme", sorted(ACME + ":costCode", "descending").get(9));
    }

    @Test
    void pagesConsistentlyWithTheTotal() {
        Page<String> page = users.page(null, "meta.created", "descending", 2, 3);
        assertEquals(new Page<>(10, List.of("back\\user", "under_score", "percent%user")), page);

        assertEquals(
                new Page<>(9, List.of("acme", "back\\user", "bjensen", "janet")),
                users.page("active eq true", "userName", null, 0, 4));
        assertEquals(new Page<>(9, List.of("under_score")), users.page("active eq true", "userName", null, 8, 4));
        assertEquals(new Page<>(9, List.of()), users.page("active eq true", "userName", null, 9, 4));
        assertEquals(new Page<>(9, List.of()), users.page("active eq true", "userName", null, 0, 0));
        assertEquals(new Page<>(9, List.of()), users.page("active eq true", "userName", null, 20, 4));
        assertEquals(9, users.page("active eq true", "userName", null, 5, 4).total());
        assertEquals(new Page<>(1, List.of("janet")), users.page("userName eq \"janet\"", null, null, 0, 100));
        assertEquals(new Page<>(0, List.of()), users.page("userName eq \"nobody\"", null, null, 0, 100));
    }

    @Test
    void pagesThroughValueSortsWithoutLosingOrRepeatingUsers() {
        List<String> all = sorted("name.familyName", null);
        List<String> paged = new ArrayList<>();
        for (int first = 0; first < 10; first += 3) {
            Page<String> page = users.page(null, "name.familyName", null, first, 3);
            assertEquals(10, page.total());
            paged.addAll(page.items());
        }
        assertEquals(all, paged);
    }

    @Test
    void keepsTheNaturalOrderForValuesEveryUserShares() {
        assertEquals(sorted(null, null), sorted("meta.resourceType", "descending"));
        assertEquals(sorted(null, null), sorted("groups.display", null));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "foo",
                "name",
                "meta",
                "password",
                "x509Certificates.value",
                "schemas",
                "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:foo",
                "name.familyName eq"
            })
    void rejectsAttributesItCannotSortBy(String sortBy) {
        ScimException error =
                assertThrows(ScimException.class, () -> UserFilterTranslator.criteria(null, sortBy, null));
        assertEquals("invalidValue", error.scimType());
    }

    @Test
    void rejectsAnUnknownSortOrder() {
        ScimException error =
                assertThrows(ScimException.class, () -> UserFilterTranslator.criteria(null, "userName", "up"));
        assertEquals("invalidValue", error.scimType());
    }

    private List<String> sorted(String sortBy, String sortOrder) {
        return users.page(null, sortBy, sortOrder, 0, 100).items();
    }

    private static <T> List<T> reversed(List<T> list) {
        List<T> copy = new ArrayList<>(list);
        java.util.Collections.reverse(copy);
        return copy;
    }

    private static void assertGroups(List<Set<String>> expected, List<String> actual) {
        List<Set<String>> groups = new ArrayList<>();
        int at = 0;
        for (Set<String> group : expected) {
            groups.add(new HashSet<>(actual.subList(at, Math.min(actual.size(), at + group.size()))));
            at += group.size();
        }
        assertEquals(expected, groups, "order " + actual);
        assertEquals(at, actual.size(), "order " + actual);
    }
}
