package org.scimspace.api;

import jakarta.ws.rs.core.Response;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.scimspace.common.Json;

/** RFC 9457 problem details, the error format of the management API. */
public final class Problems {

    public static final String PROBLEM_JSON = "application/problem+json";

    private Problems() {}

    public static Response problem(int status, String title, String detail, String field) {
        return problem(status, title, detail, field, Map.of());
    }

    /** @param extensions further members of the problem (RFC 9457 section 3.2), e.g. the resource in the way */
    public static Response problem(
            int status, String title, String detail, String field, Map<String, Object> extensions) {
        Map<String, Object> body = body(status, title, detail);
        if (field != null) {
            body.put("field", field);
        }
        body.putAll(extensions);
        return response(status, body);
    }

    /**
     * A 500 that tells the client nothing about the failure except the request id (also the
     * {@code requestId} member), which support finds in the server log.
     */
    public static Response internalError(Optional<String> requestId) {
        Map<String, Object> body = body(
                500,
                "Internal Server Error",
                "The server could not complete the request."
                        + requestId.map(id -> " Request id: " + id + ".").orElse(""));
        requestId.ifPresent(id -> body.put("requestId", id));
        return response(500, body);
    }

    private static Map<String, Object> body(int status, String title, String detail) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "about:blank");
        body.put("title", title);
        body.put("status", status);
        body.put("detail", detail);
        return body;
    }

    private static Response response(int status, Map<String, Object> body) {
        Response.ResponseBuilder response = Response.status(status)
                .type(PROBLEM_JSON)
                .entity(Json.write(body).getBytes(StandardCharsets.UTF_8));
        if (status == 401) {
            response.header("WWW-Authenticate", "Bearer realm=\"scimspace-api\"");
        }
        return response.build();
    }

    public static Response badRequest(String detail, String field) {
        return problem(400, "Invalid request", detail, field);
    }
}
