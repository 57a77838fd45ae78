package org.scimspace.it;

import java.io.ByteArrayInputStream;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Requests a SCIM server must refuse with a 4xx SCIM error and without changing anything:
 * malformed, truncated and oversized bodies, wrong types, bad encodings and media types,
 * filter and path injection, bad paging and preconditions, bad credentials. Generated as
 * the cross product of shapes and endpoints; {@code {user}} and {@code {group}} in paths
 * stand for existing resources. Not here: what the HTTP container refuses before the
 * application sees it (request lines over its header buffer, {@code %00} or encoded
 * slashes in paths), answered with a bare 400 or 404 we cannot shape; and a body without
 * a Content-Type, which is read as JSON on purpose.
 */
final class BadInputCorpus {

    /** One request; {@code credentials} is null for the account's good token. */
    record Case(
            String name,
            String method,
            String path,
            Supplier<HttpRequest.BodyPublisher> body,
            String contentType,
            String credentials,
            List<String> headers) {

        @Override
        public String toString() {
            return name + ": " + method + " " + (path.length() > 120 ? path.substring(0, 120) + "…" : path);
        }
    }

    private static final String SCIM = "application/scim+json";
    private static final int LIMIT = 1024 * 1024;
    private static final String PATCH =
            "{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:PatchOp\"]," + "\"Operations\":[%s]}";

    private static final List<String> JSON_ENDPOINTS = List.of(
            "POST /Users",
            "POST /Groups",
            "PUT /Users/{user}",
            "PUT /Groups/{group}",
            "PATCH /Users/{user}",
            "PATCH /Groups/{group}",
            "POST /Users/.search",
            "POST /Groups/.search");

    private final List<Case> cases = new ArrayList<>();

    private BadInputCorpus() {}

    static List<Case> cases() {
        BadInputCorpus corpus = new BadInputCorpus();
        corpus.malformedBodies();
        corpus.badEncodingsAndSizes();
        corpus.wrongMediaTypes();
        corpus.wrongUserTypes();
        corpus.wrongGroupTypes();
        corpus.badPatches();
        corpus.badSearches();
        corpus.badQueries();
        corpus.badPreconditions();
        corpus.badCredentials();
        corpus.unknownEndpoints();
        return List.copyOf(corpus.cases);
    }

    private void malformedBodies() {
        List<String> bodies = List.of(
                "",
                "   ",
                "{",
                "}",
                "{\"userName\":",
                "{\"userName\":\"trunc",
                "{\"displayName\":\"x\",",
                "[1,2]",
                "[]",
                "\"a string\"",
                "42",
                "null",
                "true",
                "{\"userName\":\"a@b.c\"}x",
                "{\"userName\":\"a@b.c\"}{\"userName\":\"d@e.f\"}",
                "{'userName':'a@b.c'}",
                "{userName:\"a@b.c\"}",
                "{\"userName\":\"a@b.c\",}",
                "{\"userName\":NaN}",
                "{\"userName\":\"a\u0001b\"}",
                "{\"userName\":\"\\x41\"}",
                "{\"userName\":\"\\ud800\"}",
                "{\"a\":" + "[".repeat(100_000),
                "[".repeat(100_000) + "]".repeat(100_000),
                "{\"a\":" + "{\"b\":".repeat(100) + "1" + "}".repeat(101),
                "{\"a\":" + "[".repeat(65) + "]".repeat(65) + "}");
        for (String endpoint : JSON_ENDPOINTS) {
            for (int i = 0; i < bodies.size(); i++) {
                text("malformed JSON #" + i, endpoint, bodies.get(i));
            }
        }
    }

    private void badEncodingsAndSizes() {
        byte[][] invalidUtf8 = {
            {'{', '"', 'u', 's', 'e', 'r', 'N', 'a', 'm', 'e', '"', ':', '"', (byte) 0xC3, 0x28, '"', '}'},
            {'{', '"', 'u', 's', 'e', 'r', 'N', 'a', 'm', 'e', '"', ':', '"', (byte) 0xFF, '"', '}'},
            {'{', '"', 'u', 's', 'e', 'r', 'N', 'a', 'm', 'e', '"', ':', '"', (byte) 0xC0, (byte) 0xAF, '"', '}'},
            {'{', '"', 'u', 's', 'e', 'r', 'N', 'a', 'm', 'e', '"', ':', '"', (byte) 0xE2, (byte) 0x82, '"', '}'},
            {
                '{',
                '"',
                'u',
                's',
                'e',
                'r',
                'N',
                'a',
                'm',
                'e',
                '"',
                ':',
                '"',
                (byte) 0xED,
                (byte) 0xA0,
                (byte) 0x80,
                '"',
                '}'
            },
            "{\"userName\":\"utf16@contoso.example\"}".getBytes(StandardCharsets.UTF_16),
        };
        byte[] oversized = oversizedUser();
        for (String endpoint : JSON_ENDPOINTS) {
            for (int i = 0; i < invalidUtf8.length; i++) {
                byte[] bytes = invalidUtf8[i];
                add("invalid UTF-8 #" + i, endpoint, () -> HttpRequest.BodyPublishers.ofByteArray(bytes), SCIM);
            }
            add(
                    "over the limit, with Content-Length",
                    endpoint,
                    () -> HttpRequest.BodyPublishers.ofByteArray(oversized),
                    SCIM);
            add(
                    "over the limit, chunked",
                    endpoint,
                    () -> HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(oversized)),
                    SCIM);
        }
    }

    /** A valid user whose one string pushes the body one byte past the limit. */
    private static byte[] oversizedUser() {
        String head = "{\"userName\":\"big@contoso.example\",\"displayName\":\"";
        String tail = "\"}";
        return (head + "x".repeat(LIMIT + 1 - head.length() - tail.length()) + tail).getBytes(StandardCharsets.UTF_8);
    }

    private void wrongMediaTypes() {
        for (String endpoint : List.of("POST /Users", "POST /Groups", "PUT /Users/{user}", "PATCH /Groups/{group}")) {
            for (String type : Arrays.asList(
                    "text/plain", "application/xml", "application/x-www-form-urlencoded", "multipart/form-data")) {
                add(
                        "content type " + type,
                        endpoint,
                        () -> HttpRequest.BodyPublishers.ofString("{\"userName\":\"media@contoso.example\"}"),
                        type);
            }
        }
    }

    private void wrongUserTypes() {
        List<String> bodies = List.of(
                "{}",
                "{\"displayName\":\"no user name\"}",
                "{\"userName\":42}",
                "{\"userName\":\"\"}",
                "{\"userName\":null}",
                "{\"userName\":[\"a@b.c\"]}",
                "{\"userName\":{\"value\":\"a@b.c\"}}",
                "{\"userName\":\"a@b.c\",\"active\":\"maybe\"}",
                "{\"userName\":\"a@b.c\",\"active\":2}",
                "{\"userName\":\"a@b.c\",\"name\":\"not an object\"}",
                "{\"userName\":\"a@b.c\",\"name\":{\"givenName\":7}}",
                "{\"userName\":\"a@b.c\",\"emails\":[5]}",
                "{\"userName\":\"a@b.c\",\"emails\":[{\"value\":{\"nested\":true}}]}",
                "{\"userName\":\"a@b.c\",\"emails\":[{\"value\":\"a@b.c\",\"primary\":\"sometimes\"}]}",
                "{\"userName\":\"a@b.c\",\"displayName\":{\"a\":1}}",
                "{\"userName\":\"a@b.c\",\"urn:ietf:params:scim:schemas:extension:enterprise:2.0:User\":\"str\"}",
                "{\"userName\":\"a@b.c\",\"urn:ietf:params:scim:schemas:extension:enterprise:2.0:User\":"
                        + "{\"employeeNumber\":[1]}}",
                "{\"userName\":\"" + "u".repeat(600) + "@contoso.example\"}",
                "{\"userName\":\"a@b.c\",\"externalId\":\"" + "e".repeat(600) + "\"}",
                "{\"userName\":\"a@b.c\",\"displayName\":\"" + "d".repeat(2000) + "\"}");
        for (String endpoint : List.of("POST /Users", "PUT /Users/{user}")) {
            for (int i = 0; i < bodies.size(); i++) {
                text("wrong user type #" + i, endpoint, bodies.get(i));
            }
        }
    }

    private void wrongGroupTypes() {
        List<String> bodies = List.of(
                "{}",
                "{\"displayName\":42}",
                "{\"displayName\":\"\"}",
                "{\"displayName\":null}",
                "{\"displayName\":[\"x\"]}",
                "{\"displayName\":\"g\",\"members\":\"str\"}",
                "{\"displayName\":\"g\",\"members\":[5]}",
                "{\"displayName\":\"g\",\"members\":[{\"value\":42}]}",
                "{\"displayName\":\"" + "g".repeat(2000) + "\"}",
                "{\"displayName\":\"g\",\"externalId\":\"" + "e".repeat(600) + "\"}");
        for (String endpoint : List.of("POST /Groups", "PUT /Groups/{group}")) {
            for (int i = 0; i < bodies.size(); i++) {
                text("wrong group type #" + i, endpoint, bodies.get(i));
            }
        }
    }

    private void badPatches() {
        List<String> both = List.of(
                "{\"Operations\":\"not a list\"}",
                "{\"Operations\":[5]}",
                "{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:PatchOp\"]}",
                PATCH.formatted("{\"path\":\"displayName\",\"value\":\"x\"}"),
                PATCH.formatted("{\"op\":\"move\",\"path\":\"displayName\",\"value\":\"x\"}"),
                PATCH.formatted("{\"op\":42,\"path\":\"displayName\",\"value\":\"x\"}"),
                PATCH.formatted("{\"op\":\"replace\",\"path\":42,\"value\":\"x\"}"),
                PATCH.formatted("{\"op\":\"replace\",\"path\":\"nosuchattribute\",\"value\":\"x\"}"),
                PATCH.formatted("{\"op\":\"replace\",\"path\":\"urn:bogus:schema:attr\",\"value\":\"x\"}"),
                PATCH.formatted("{\"op\":\"replace\",\"path\":\"displayName.sub.more\",\"value\":\"x\"}"),
                PATCH.formatted("{\"op\":\"replace\",\"path\":\"emails[type eq \\\"work\\\"\",\"value\":\"x\"}"),
                PATCH.formatted(
                        "{\"op\":\"replace\",\"path\":\"emails[type eq \\\"work\\\" or 1 eq 1]\",\"value\":\"x\"}"),
                PATCH.formatted("{\"op\":\"replace\",\"path\":\"bogus[[\",\"value\":1}"),
                PATCH.formatted("{\"op\":\"replace\",\"path\":\"" + "a".repeat(10_001) + "\",\"value\":1}"),
                PATCH.formatted("{\"op\":\"replace\",\"path\":\"id\",\"value\":\"x\"}"),
                PATCH.formatted("{\"op\":\"replace\",\"path\":\"meta.created\",\"value\":\"x\"}"),
                PATCH.formatted("{\"op\":\"remove\"}"),
                PATCH.formatted("{\"op\":\"replace\",\"value\":\"not an object\"}"),
                PATCH.formatted("{\"op\":\"replace\",\"path\":\"displayName\",\"value\":\"ok\"},"
                        + "{\"op\":\"replace\",\"path\":\"nosuch\",\"value\":\"half applied?\"}"),
                PATCH.formatted(
                        String.join(",", Collections.nCopies(1001, "{\"op\":\"remove\",\"path\":\"externalId\"}"))));
        for (String endpoint : List.of("PATCH /Users/{user}", "PATCH /Groups/{group}")) {
            for (int i = 0; i < both.size(); i++) {
                text("bad PATCH #" + i, endpoint, both.get(i));
            }
        }
        List<String> user = List.of(
                PATCH.formatted("{\"op\":\"replace\",\"path\":\"active\",\"value\":\"perhaps\"}"),
                PATCH.formatted("{\"op\":\"replace\",\"path\":\"userName\",\"value\":42}"),
                PATCH.formatted("{\"op\":\"replace\",\"path\":\"userName\",\"value\":\"\"}"),
                PATCH.formatted("{\"op\":\"replace\",\"value\":{\"name.givenName\":{\"a\":1}}}"),
                PATCH.formatted("{\"op\":\"add\",\"path\":\"emails\",\"value\":[7]}"));
        for (int i = 0; i < user.size(); i++) {
            text("bad user PATCH #" + i, "PATCH /Users/{user}", user.get(i));
        }
        List<String> group = List.of(
                PATCH.formatted("{\"op\":\"add\",\"path\":\"members\",\"value\":\"str\"}"),
                PATCH.formatted("{\"op\":\"add\",\"path\":\"members\",\"value\":[{\"value\":42}]}"),
                PATCH.formatted("{\"op\":\"add\",\"path\":\"members[value eq \\\"x\\\"]\",\"value\":[]}"),
                PATCH.formatted("{\"op\":\"remove\",\"path\":\"members[display eq \\\"x\\\"]\"}"),
                PATCH.formatted("{\"op\":\"replace\",\"path\":\"members.display\",\"value\":\"x\"}"),
                PATCH.formatted("{\"op\":\"replace\",\"path\":\"displayName\",\"value\":\"\"}"),
                PATCH.formatted("{\"op\":\"add\",\"path\":\"members\",\"value\":["
                        + IntStream.range(0, 10_001)
                                .mapToObj(i -> "{\"value\":\"no-such-user-" + i + "\"}")
                                .collect(Collectors.joining(","))
                        + "]}"));
        for (int i = 0; i < group.size(); i++) {
            text("bad group PATCH #" + i, "PATCH /Groups/{group}", group.get(i));
        }
    }

    private void badSearches() {
        List<String> bodies = List.of(
                "{\"filter\":42}",
                "{\"filter\":\"userName eq\"}",
                "{\"filter\":\"userName eq \\\"x\\\" or 1 eq 1\"}",
                "{\"filter\":\"userName eq \\\"" + "x".repeat(10_001) + "\\\"\"}",
                "{\"startIndex\":\"abc\"}",
                "{\"startIndex\":1.5}",
                "{\"count\":1e999}",
                "{\"count\":\"many\"}",
                "{\"attributes\":42}",
                "{\"attributes\":[1,2]}",
                "{\"excludedAttributes\":{\"a\":1}}",
                "{\"attributes\":[" + String.join(",", Collections.nCopies(201, "\"userName\"")) + "]}",
                "{\"sortBy\":5}");
        for (String endpoint : List.of("POST /Users/.search", "POST /Groups/.search")) {
            for (int i = 0; i < bodies.size(); i++) {
                text("bad search #" + i, endpoint, bodies.get(i));
            }
        }
    }

    private void badQueries() {
        List<String> filters = List.of(
                "userName eq \"x\" or 1 eq 1",
                "userName eq x'; drop table users; --",
                "userName eq \"x\") or (1 eq 1",
                "userName eq \"x\" ; DROP TABLE users",
                "userName eq",
                "eq \"x\"",
                "userName eq \"unterminated",
                "userName eq ＂x＂",
                "user\u200bName eq \"x\"",
                "us\u0435rName eq \"x\"",
                "userName eq \"x\" \u202eor\u202c 1 eq 1",
                "userName eq \"x\"\u0000",
                "userName xx \"x\"",
                "(".repeat(51) + "userName pr" + ")".repeat(51),
                String.join(" or ", Collections.nCopies(101, "userName pr")),
                "nosuchattribute eq \"x\"",
                "emails[type eq \"work\"",
                "not userName eq \"x\"",
                "userName gt true");
        for (String collection : List.of("/Users", "/Groups")) {
            for (int i = 0; i < filters.size(); i++) {
                add("bad filter #" + i, "GET " + collection + "?filter=" + encode(filters.get(i)), null, null);
            }
            for (String paging : List.of(
                    "startIndex=abc",
                    "startIndex=1.5",
                    "startIndex=99999999999999999999",
                    "count=1e999",
                    "count=0x10",
                    "count=ten")) {
                add("bad paging " + paging, "GET " + collection + "?" + paging, null, null);
            }
            add(
                    "too many attributes",
                    "GET " + collection + "?attributes=" + String.join(",", Collections.nCopies(201, "displayName")),
                    null,
                    null);
        }
    }

    private void badPreconditions() {
        for (String endpoint : List.of(
                "PUT /Users/{user}",
                "PATCH /Users/{user}",
                "DELETE /Users/{user}",
                "PATCH /Groups/{group}",
                "DELETE /Groups/{group}")) {
            for (String ifMatch : List.of("\"999999\"", "W/\"0\"", "garbage", "\"\"")) {
                String body = endpoint.startsWith("PUT")
                        ? "{\"userName\":\"precondition@contoso.example\"}"
                        : endpoint.startsWith("PATCH")
                                ? PATCH.formatted("{\"op\":\"replace\",\"path\":\"displayName\",\"value\":\"changed\"}")
                                : null;
                cases.add(new Case(
                        "If-Match " + ifMatch,
                        method(endpoint),
                        path(endpoint),
                        () -> body == null
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofString(body),
                        body == null ? null : SCIM,
                        null,
                        List.of("If-Match", ifMatch)));
            }
        }
    }

    /** Credentials are named here and resolved by the test: see {@code BadInputIT#token}. */
    private void badCredentials() {
        for (String credentials : List.of("none", "garbage", "revoked", "disabled", "management", "basic", "empty")) {
            for (String endpoint : List.of(
                    "GET /Users",
                    "GET /Groups/{group}",
                    "POST /Users",
                    "PATCH /Groups/{group}",
                    "DELETE /Users/{user}")) {
                String body = endpoint.startsWith("POST")
                        ? "{\"userName\":\"intruder@contoso.example\"}"
                        : endpoint.startsWith("PATCH")
                                ? PATCH.formatted("{\"op\":\"replace\",\"path\":\"displayName\",\"value\":\"owned\"}")
                                : null;
                cases.add(new Case(
                        "credentials " + credentials,
                        method(endpoint),
                        path(endpoint),
                        () -> body == null
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofString(body),
                        body == null ? null : SCIM,
                        credentials,
                        List.of()));
            }
        }
    }

    private void unknownEndpoints() {
        for (String endpoint : List.of(
                "GET /Users/{user}/extra",
                "GET /Users/00000000-0000-0000-0000-000000000000",
                "DELETE /Users",
                "PUT /Users",
                "GET /Bulk",
                "POST /Bulk",
                "GET /Schemas/urn:nosuch",
                "GET /ResourceTypes/Nothing")) {
            add("unknown endpoint", endpoint, null, null);
        }
    }

    private void text(String name, String endpoint, String body) {
        add(name, endpoint, () -> HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8), SCIM);
    }

    private void add(String name, String endpoint, Supplier<HttpRequest.BodyPublisher> body, String contentType) {
        cases.add(new Case(
                name,
                method(endpoint),
                path(endpoint),
                body == null ? HttpRequest.BodyPublishers::noBody : body,
                contentType,
                null,
                List.of()));
    }

    private static String method(String endpoint) {
        return endpoint.substring(0, endpoint.indexOf(' '));
    }

    private static String path(String endpoint) {
        return endpoint.substring(endpoint.indexOf(' ') + 1);
    }

    private static String encode(String filter) {
        return URLEncoder.encode(filter, StandardCharsets.UTF_8);
    }
}
