package org.scimspace.operations;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.ws.rs.HttpMethod;

import java.lang.reflect.Method;
import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.scimspace.audit.LogResource;
import org.scimspace.scim.boundary.DiscoveryResource;
import org.scimspace.scim.boundary.UsersResource;
import org.scimspace.workspace.boundary.WorkspacesResource;

/** Templates of the real resource classes, as the metrics name them. */
class EndpointTemplateTest {

    @Test
    void aResourceMethodIsNamedByItsTemplateNotItsUrl() {
        assertEquals(
                "/scim/v2/Users/{id}",
                EndpointTemplate.of("/scim/v2/", UsersResource.class, method(UsersResource.class, "get")));
        assertEquals(
                "/scim/v2/Users",
                EndpointTemplate.of("/scim/v2/", UsersResource.class, method(UsersResource.class, "create")));
        assertEquals(
                "/api/v1/workspaces/{id}/members/{userId}",
                EndpointTemplate.of(
                        "api/v1", WorkspacesResource.class, method(WorkspacesResource.class, "changeRole")));
        assertEquals(
                "/api/v1/log", EndpointTemplate.of("/api/v1/", LogResource.class, method(LogResource.class, "search")));
    }

    @Test
    void anInheritedMethodIsNamedUnderTheResourceThatServedIt() {
        assertEquals(
                "/scim/v2/Users/.search",
                EndpointTemplate.of("/scim/v2/", UsersResource.class, method(UsersResource.class, "search")));
    }

    @Test
    void anEmptyClassPathAddsNothing() {
        assertEquals(
                "/scim/v2/ServiceProviderConfig",
                EndpointTemplate.of(
                        "/scim/v2/",
                        DiscoveryResource.class,
                        method(DiscoveryResource.class, "serviceProviderConfig")));
    }

    @Test
    void requestsThatMatchedNothingShareOneName() {
        assertEquals("/scim/v2/*", EndpointTemplate.of("/scim/v2/", null, null));
        assertEquals("/*", EndpointTemplate.of("/", null, null));
    }

    @Test
    void methodAndStatusTagsTakeFewValues() {
        assertEquals("PATCH", EndpointTemplate.method("PATCH"));
        assertEquals("OTHER", EndpointTemplate.method("BREW"));
        assertEquals("OTHER", EndpointTemplate.method("get"));
        assertEquals("OTHER", EndpointTemplate.method(null));
        assertEquals("2xx", EndpointTemplate.statusClass(201));
        assertEquals("4xx", EndpointTemplate.statusClass(429));
        assertEquals("5xx", EndpointTemplate.statusClass(503));
        assertEquals("other", EndpointTemplate.statusClass(999));
    }

    private static Method method(Class<?> resource, String name) {
        Class<?> type = resource;
        while (type != null) {
            Method[] found = Arrays.stream(type.getDeclaredMethods())
                    .filter(m -> m.getName().equals(name) && isResourceMethod(m))
                    .toArray(Method[]::new);
            if (found.length == 1) {
                return found[0];
            }
            type = type.getSuperclass();
        }
        throw new AssertionError("No single resource method " + name + " in " + resource);
    }

    private static boolean isResourceMethod(Method method) {
        return Arrays.stream(method.getAnnotations())
                .anyMatch(a -> a.annotationType().isAnnotationPresent(HttpMethod.class));
    }
}
