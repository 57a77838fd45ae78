package org.scimspace.it;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.scimspace.common.Json;

/**
 * A small real-HTTP client for the integration tests. Like Entra, it waits and retries when
 * the server answers 429, so a test sees the answer of a request it was allowed to make.
 */
public final class Http {

    private static final HttpClient CLIENT =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    /** Tries of one request while the server answers 429. */
    private static final int MAX_ATTEMPTS = 20;

    private final String baseUrl;
    private final String token;

    public Http(String baseUrl, String token) {
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.token = token;
    }

    public Http withToken(String otherToken) {
        return new Http(baseUrl, otherToken);
    }

    public String baseUrl() {
        return baseUrl;
    }

    public String token() {
        return token;
    }

    public Reply get(String path) {
        return send("GET", path, null, null);
    }

    public Reply delete(String path) {
        return send("DELETE", path, null, null);
    }

    public Reply post(String path, String body) {
        return send("POST", path, body, "application/scim+json");
    }

    public Reply put(String path, String body) {
        return send("PUT", path, body, "application/scim+json");
    }

    public Reply patch(String path, String body) {
        return send("PATCH", path, body, "application/scim+json");
    }

    public Reply send(String method, String path, String body, String contentType, String... headers) {
        return sendRaw(
                method,
                path,
                body == null
                        ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8),
                contentType,
                headers);
    }

    /**
     * Sends any body: raw bytes ({@code ofByteArray}, with a Content-Length) or a stream of
     * unknown length ({@code ofInputStream}, sent chunked).
     */
    public Reply sendRaw(
            String method, String path, HttpRequest.BodyPublisher body, String contentType, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .timeout(Duration.ofSeconds(60))
                .method(method, body);
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        try {
            HttpRequest built = request.build();
            HttpResponse<String> response;
            int attempts = 0;
            do {
                response = CLIENT.send(built, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            } while (isThrottled(response) && ++attempts < MAX_ATTEMPTS && waited(response));
            return new Reply(response.statusCode(), response.headers().map(), response.body());
        } catch (IOException e) {
            throw new IllegalStateException(method + " " + path + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(method + " " + path + " interrupted", e);
        }
    }

    private static boolean isThrottled(HttpResponse<String> response) {
        return response.statusCode() == 429;
    }

    /**
     * Waits as long as {@code Retry-After} asks, as Entra does: the load tests send faster
     * than the per-account rate limit allows, and must still see every request through.
     */
    private static boolean waited(HttpResponse<String> response) throws InterruptedException {
        long seconds = response.headers()
                .firstValue("Retry-After")
                .map(Long::parseLong)
                .orElse(1L);
        Thread.sleep(seconds * 1000);
        return true;
    }

    /** A response: status, headers, body. */
    public record Reply(int status, Map<String, List<String>> headers, String body) {

        public Map<String, Object> json() {
            return Json.parseObject(body).orElseThrow(() -> new AssertionError("Not a JSON object: " + body));
        }

        public String header(String name) {
            return headers.entrySet().stream()
                    .filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().get(0))
                    .findFirst()
                    .orElse(null);
        }

        @Override
        public String toString() {
            return status + " " + body;
        }
    }
}
