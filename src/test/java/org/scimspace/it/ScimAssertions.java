package org.scimspace.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

/** Assertions on SCIM responses shared by the integration tests. */
public final class ScimAssertions {

    private ScimAssertions() {}

    /** An RFC 7644 §3.12 error with that status and scimType (null: none expected). */
    public static void assertScimError(Http.Reply reply, int status, String scimType) {
        assertEquals(status, reply.status(), reply::toString);
        assertTrue(reply.header("Content-Type").startsWith("application/scim+json"), reply.header("Content-Type"));
        Map<String, Object> body = reply.json();
        assertEquals(List.of("urn:ietf:params:scim:api:messages:2.0:Error"), body.get("schemas"));
        assertEquals(Integer.toString(status), body.get("status"));
        assertEquals(scimType, body.get("scimType"), reply::toString);
        assertTrue(body.get("detail") instanceof String detail && !detail.isBlank(), reply::toString);
        assertFalse(reply.body().contains("Exception") || reply.body().contains("\tat "), reply::toString);
    }

    public static long totalResults(Http.Reply reply) {
        assertEquals(200, reply.status(), reply::toString);
        return ((Number) reply.json().get("totalResults")).longValue();
    }

    @SuppressWarnings("unchecked")
    public static List<Map<String, Object>> resources(Http.Reply reply) {
        assertEquals(200, reply.status(), reply::toString);
        return (List<Map<String, Object>>) reply.json().get("Resources");
    }

    @SuppressWarnings("unchecked")
    public static Map<String, Object> map(Object value) {
        return (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    public static List<Map<String, Object>> list(Object value) {
        return (List<Map<String, Object>>) value;
    }
}
