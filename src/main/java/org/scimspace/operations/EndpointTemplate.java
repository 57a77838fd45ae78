package org.scimspace.operations;

import jakarta.ws.rs.Path;

import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.util.Set;

/**
 * Names an endpoint by its path template and HTTP method, never by the raw URL: the metrics
 * keep one series per resource method however many ids clients send, and a client cannot
 * invent new series with made-up paths or methods.
 */
public final class EndpointTemplate {

    /** The last segment of what requests that matched no resource method are counted under. */
    static final String UNMATCHED = "*";

    static final String OTHER_METHOD = "OTHER";

    private static final Set<String> METHODS = Set.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS");

    private EndpointTemplate() {}

    /**
     * The template of a resource method, such as {@code /scim/v2/Users/{id}}.
     *
     * @param applicationPath the application's path below the context root, such as {@code scim/v2}
     * @param resource the matched resource class, or null when nothing matched
     * @param method the matched resource method (it may be inherited), or null
     */
    public static String of(String applicationPath, Class<?> resource, Method method) {
        StringBuilder template = new StringBuilder();
        append(template, applicationPath);
        if (resource == null || method == null) {
            append(template, UNMATCHED);
        } else {
            append(template, path(resource));
            append(template, path(method));
        }
        return template.isEmpty() ? "/" : template.toString();
    }

    /** The HTTP method as a metric tag: a known one, or {@value #OTHER_METHOD}. */
    public static String method(String httpMethod) {
        return httpMethod != null && METHODS.contains(httpMethod) ? httpMethod : OTHER_METHOD;
    }

    /** The status as a metric tag: its class, such as {@code 2xx}. */
    public static String statusClass(int status) {
        return status >= 100 && status < 600 ? status / 100 + "xx" : "other";
    }

    private static String path(AnnotatedElement element) {
        Path path = element.getAnnotation(Path.class);
        return path == null ? null : path.value();
    }

    private static void append(StringBuilder template, String path) {
        if (path == null) {
            return;
        }
        for (String segment : path.split("/")) {
            if (!segment.isEmpty()) {
                template.append('/').append(segment);
            }
        }
    }
}
