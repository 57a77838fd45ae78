package org.scimspace.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A bearer-token client of one API (SCIM or management) over HTTP/1.1, as Entra talks to
 * us. All clients share one JDK HttpClient and its connection pool.
 */
final class Http {

    static final HttpClient CLIENT = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(120);

    private final String baseUrl;
    private final String token;
    private final String contentType;

    Http(String baseUrl, String token, String contentType) {
        this.baseUrl = baseUrl;
        this.token = token;
        this.contentType = contentType;
    }

    static Http scim(String serverUrl, String token) {
        return new Http(serverUrl + "/scim/v2", token, "application/scim+json");
    }

    static Http management(String serverUrl, String token) {
        return new Http(serverUrl + "/api/v1", token, "application/json");
    }

    Reply send(String method, String path, String body) {
        return send(method, path, body, DEFAULT_TIMEOUT);
    }

    Reply send(String method, String path, String body, Duration timeout) {
        try {
            HttpResponse<String> response =
                    CLIENT.send(request(method, path, body, timeout), HttpResponse.BodyHandlers.ofString());
            return reply(response);
        } catch (IOException e) {
            throw new UncheckedIOException(method + " " + path + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(method + " " + path + " interrupted", e);
        }
    }

    CompletableFuture<Reply> sendAsync(String method, String path, String body) {
        return CLIENT.sendAsync(request(method, path, body, DEFAULT_TIMEOUT), HttpResponse.BodyHandlers.ofString())
                .thenApply(Http::reply);
    }

    /** Like {@link #send} but fails unless the status is one of {@code ok}: for set-up. */
    Reply expect(String method, String path, String body, int... ok) {
        Reply reply = send(method, path, body);
        if (!reply.is(ok)) {
            throw new IllegalStateException(
                    method + " " + path + " answered " + reply.status() + ": " + Meter.abbreviate(reply.body()));
        }
        return reply;
    }

    private static Reply reply(HttpResponse<String> response) {
        return new Reply(
                response.statusCode(),
                response.body(),
                response.headers().firstValue("Retry-After").orElse(null));
    }

    private HttpRequest request(String method, String path, String body, Duration timeout) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .timeout(timeout)
                .method(
                        method,
                        body == null
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (body != null) {
            request.header("Content-Type", contentType);
        }
        return request.build();
    }

    /** A filter query value as Entra encodes it: spaces as {@code +}, the rest percent-encoded. */
    static String query(String filter) {
        return URLEncoder.encode(filter, StandardCharsets.UTF_8);
    }

    /** A response; the few JSON fields the driver reads are picked out by pattern. */
    record Reply(int status, String body, String retryAfter) {

        boolean is(int... ok) {
            for (int expected : ok) {
                if (status == expected) {
                    return true;
                }
            }
            return false;
        }

        /** The first string field of that name (top-level fields come first in our answers). */
        String string(String name) {
            Matcher m = Pattern.compile("\"" + Pattern.quote(name) + "\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)*)\"")
                    .matcher(body == null ? "" : body);
            if (!m.find()) {
                throw new IllegalStateException("No \"" + name + "\" in " + Meter.abbreviate(body));
            }
            return m.group(1);
        }

        long number(String name) {
            Matcher m = Pattern.compile("\"" + Pattern.quote(name) + "\"\\s*:\\s*(-?\\d+)")
                    .matcher(body == null ? "" : body);
            if (!m.find()) {
                throw new IllegalStateException("No number \"" + name + "\" in " + Meter.abbreviate(body));
            }
            return Long.parseLong(m.group(1));
        }
    }
}
