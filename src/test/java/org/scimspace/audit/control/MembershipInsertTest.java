package org.scimspace.audit.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

class MembershipInsertTest {

    @Test
    void oneRowOfBoundValuesPerUser() {
        String sql = MembershipInsert.sql(2);

        assertTrue(sql.startsWith("INSERT INTO provisioning_log (id, tenant_id, time,"), sql);
        assertTrue(
                sql.endsWith("VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, TRUE, NULL, NULL, ?10, ?11),"
                        + " (?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, TRUE, NULL, NULL, ?21, ?22)"),
                sql);
    }

    @Test
    void valuesFollowTheColumnsRowAfterRow() {
        List<Object> values = new MembershipInsert(
                        "t1", Instant.ofEpochMilli(42), "scim-token:k", "w1", "leave", "deactivated in Entra", "req-1")
                .values(List.of("u1", "u2"));

        assertEquals(22, values.size());
        assertEquals(
                List.of(
                        "t1",
                        42_000L,
                        "MEMBERSHIP",
                        "scim-token:k",
                        "leave",
                        "User u2",
                        "u2",
                        "w1",
                        "deactivated in Entra",
                        "req-1"),
                values.subList(12, 22));
        assertTrue(((String) values.get(11)).compareTo((String) values.get(0)) > 0, "ids sort like the lines");
    }
}
