package org.scimspace.audit.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

class MembershipInsertTest {

    @Test
    void oneRowPerUserNamingTheSharedValuesAgain() {
        String sql = MembershipInsert.sql(2);

        assertTrue(sql.startsWith("INSERT INTO provisioning_log (id, tenant_id, time,"), sql);
        assertTrue(
                sql.endsWith("VALUES (?9, ?1, ?2, ?3, ?4, ?5, ?10, ?11, ?6, TRUE, NULL, NULL, ?7, ?8),"
                        + " (?12, ?1, ?2, ?3, ?4, ?5, ?13, ?14, ?6, TRUE, NULL, NULL, ?7, ?8)"),
                sql);
    }

    @Test
    void sharedValuesFirstThenEachRowsOwn() {
        List<Object> values = new MembershipInsert(
                        "t1", Instant.ofEpochMilli(42), "scim-token:k", "w1", "leave", "deactivated in Entra", "req-1")
                .values(List.of("u1", "u2"));

        assertEquals(14, values.size());
        assertEquals(
                List.of("t1", 42_000L, "MEMBERSHIP", "scim-token:k", "leave", "w1", "deactivated in Entra", "req-1"),
                values.subList(0, 8));
        assertEquals(List.of("User u1", "u1"), values.subList(9, 11));
        assertEquals(List.of("User u2", "u2"), values.subList(12, 14));
        assertTrue(((String) values.get(11)).compareTo((String) values.get(8)) > 0, "ids sort like the lines");
    }
}
