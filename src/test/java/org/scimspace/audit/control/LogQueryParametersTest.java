package org.scimspace.audit.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.scimspace.audit.LogQuery;
import org.scimspace.audit.LogType;
import org.scimspace.common.ServiceException;

class LogQueryParametersTest {

    @Test
    void absentParametersMeanEverythingFirstPage() {
        LogQuery query = LogQueryParameters.parse(null, "", null, " ", null, " ", null, null, 50);

        assertNull(query.from());
        assertNull(query.to());
        assertNull(query.userId());
        assertNull(query.workspaceId());
        assertNull(query.type());
        assertNull(query.requestId());
        assertEquals(1, query.page());
        assertEquals(50, query.size());
    }

    @Test
    void readsEveryParameter() {
        LogQuery query = LogQueryParameters.parse(
                "2026-01-01T00:00:00Z",
                "2026-02-01T00:00:00.5Z",
                "u1",
                "w1",
                "membership",
                "req-7:a.b_c",
                "3",
                "500",
                50);

        assertEquals(Instant.parse("2026-01-01T00:00:00Z"), query.from());
        assertEquals(Instant.parse("2026-02-01T00:00:00.500Z"), query.to());
        assertEquals("u1", query.userId());
        assertEquals("w1", query.workspaceId());
        assertEquals(LogType.MEMBERSHIP, query.type());
        assertEquals("req-7:a.b_c", query.requestId());
        assertEquals(3, query.page());
        assertEquals(500, query.size());
    }

    @Test
    void badParametersAreRefusedByName() {
        assertField("from", () -> LogQueryParameters.parse("yesterday", null, null, null, null, null, null, null, 50));
        assertField("to", () -> LogQueryParameters.parse(null, "2026-13-01", null, null, null, null, null, null, 50));
        assertField("type", () -> LogQueryParameters.parse(null, null, null, null, "LOGIN", null, null, null, 50));
        assertField("page", () -> LogQueryParameters.parse(null, null, null, null, null, null, "0", null, 50));
        assertField("page", () -> LogQueryParameters.parse(null, null, null, null, null, null, "one", null, 50));
        assertField("page", () -> LogQueryParameters.parse(null, null, null, null, null, null, "99999999", "500", 50));
        assertField("size", () -> LogQueryParameters.parse(null, null, null, null, null, null, null, "501", 50));
        assertField("size", () -> LogQueryParameters.parse(null, null, null, null, null, null, null, "0", 50));
        assertField("requestId", () -> LogQueryParameters.parse(null, null, null, null, null, "a b", null, null, 50));
        assertField(
                "requestId",
                () -> LogQueryParameters.parse(null, null, null, null, null, "x".repeat(65), null, null, 50));
        assertField(
                "from",
                () -> LogQueryParameters.parse(
                        "2026-02-01T00:00:00Z", "2026-01-01T00:00:00Z", null, null, null, null, null, null, 50));
    }

    private static void assertField(String field, Runnable parse) {
        ServiceException refused = assertThrows(ServiceException.class, parse::run);
        assertEquals(ServiceException.Kind.INVALID, refused.kind());
        assertEquals(field, refused.field());
    }
}
