package org.scimspace.scim.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.scimspace.audit.LogLine;
import org.scimspace.audit.LogType;

class ScimWriteLineTest {

    private static final ScimCaller CALLER = new ScimCaller("t1", "scim-token:k1");

    @Test
    void createTakesItsTargetFromTheLocation() {
        LogLine line = ScimWriteLine.of(CALLER, "POST", "Users", 201, "https://h/scim/v2/Users/u-1", null)
                .orElseThrow();

        assertEquals("t1", line.tenantId());
        assertEquals(LogType.SCIM, line.type());
        assertEquals("scim-token:k1", line.actor());
        assertEquals("POST /Users", line.operation());
        assertEquals("User u-1", line.target());
        assertEquals("u-1", line.userId());
        assertTrue(line.success());
        assertEquals(201, line.status());
        assertNull(line.scimType());
        assertNull(line.detail());
    }

    @Test
    void failureCarriesStatusScimTypeAndDetail() {
        LogLine line = ScimWriteLine.of(
                        CALLER, "POST", "/Users", 409, null, new ScimError(409, "uniqueness", "A user exists."))
                .orElseThrow();

        assertEquals("User", line.target());
        assertNull(line.userId());
        assertFalse(line.success());
        assertEquals(409, line.status());
        assertEquals("uniqueness", line.scimType());
        assertEquals("A user exists.", line.detail());
    }

    @Test
    void groupWritesNameTheGroupButNoUser() {
        LogLine line =
                ScimWriteLine.of(CALLER, "PATCH", "Groups/g-1", 204, null, null).orElseThrow();

        assertEquals("PATCH /Groups/g-1", line.operation());
        assertEquals("Group g-1", line.target());
        assertNull(line.userId());
    }

    @Test
    void deleteOfAUserNamesIt() {
        LogLine line =
                ScimWriteLine.of(CALLER, "DELETE", "Users/u-2", 204, null, null).orElseThrow();

        assertEquals("User u-2", line.target());
        assertEquals("u-2", line.userId());
    }

    @Test
    void queriesAndOtherEndpointsAreNotRecorded() {
        assertEquals(Optional.empty(), ScimWriteLine.of(CALLER, "GET", "Users/u-1", 200, null, null));
        assertEquals(Optional.empty(), ScimWriteLine.of(CALLER, "POST", "Users/.search", 200, null, null));
        assertEquals(Optional.empty(), ScimWriteLine.of(CALLER, "POST", "Groups/.search", 400, null, null));
        assertEquals(Optional.empty(), ScimWriteLine.of(CALLER, "POST", "Schemas", 405, null, null));
    }

    @Test
    void refusedWritesAreRecordedWithTheirStatus() {
        LogLine line = ScimWriteLine.of(
                        CALLER, "PUT", "Users/u-3", 401, null, new ScimError(401, null, "A valid bearer token…"))
                .orElseThrow();

        assertFalse(line.success());
        assertEquals(401, line.status());
        assertEquals("A valid bearer token…", line.detail());
    }
}
