package org.scimspace.scim.filter;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.scimspace.directory.boundary.Page;

/** Sorting and paging groups on H2 (RFC 7644 §3.4.2.3, §3.4.2.4). */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GroupSortTest {

    private static final List<String> CREATED =
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

    @Test
    void sortsByDisplayNameIgnoringCase() {
        List<String> ascending = List.of("50%_off\\", "All Staff", "Empty", "Engineering", "Nameless", "Sales");
        assertEquals(ascending, sorted("displayName", null));
        assertEquals(ascending, sorted("urn:ietf:params:scim:schemas:core:2.0:Group:DISPLAYNAME", "Ascending"));
        assertEquals(reversed(ascending), sorted("displayName", "descending"));
    }

    @Test
    void sortsByTimestamps() {
        assertEquals(CREATED, sorted("meta.created", null));
        assertEquals(reversed(CREATED), sorted("meta.created", "DESCENDING"));
        assertEquals(reversed(CREATED), sorted("meta.lastModified", null));
    }

    @Test
    void sortsMissingExternalIdsLastAscendingAndFirstDescending() {
        List<String> ascending = sorted("externalId", null);
        assertEquals(List.of("Engineering", "Sales"), ascending.subList(0, 2));
        List<String> descending = sorted("externalId", "descending");
        assertEquals(List.of("Sales", "Engineering"), descending.subList(4, 6));
    }

    @Test
    void sortsByIdAndKeepsTheNaturalOrderForTheResourceType() {
        List<String> byId = new ArrayList<>(CREATED);
        byId.sort((a, b) -> fixture.id(a).compareTo(fixture.id(b)));
        assertEquals(byId, sorted("id", null));
        assertEquals(CREATED, sorted("meta.resourceType", "descending"));
    }

    @Test
    void pagesConsistentlyWithTheTotal() {
        assertEquals(
                new Page<>(6, List.of("Empty", "Engineering")),
                fixture.page(GroupFixture.TENANT, null, "displayName", null, 2, 2));
        assertEquals(
                new Page<>(5, List.of("Nameless", "Sales")),
                fixture.page(GroupFixture.TENANT, "members pr", "displayName", null, 3, 10));
        assertEquals(
                new Page<>(2, List.of("Engineering")),
                fixture.page(GroupFixture.TENANT, "members eq \"{bob}\"", "meta.created", "descending", 0, 1));
        assertEquals(
                new Page<>(2, List.of()), fixture.page(GroupFixture.TENANT, "members eq \"{bob}\"", null, null, 2, 1));
    }

    private List<String> sorted(String sortBy, String sortOrder) {
        return fixture.page(GroupFixture.TENANT, null, sortBy, sortOrder, 0, 100)
                .items();
    }

    private static List<String> reversed(List<String> list) {
        List<String> copy = new ArrayList<>(list);
        Collections.reverse(copy);
        return copy;
    }
}
