package org.scimspace.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.lang.reflect.Field;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.scimspace.operations.RequestMetrics;
import org.scimspace.scim.boundary.ScimApplication;
import org.scimspace.scim.boundary.ScimAuthFilter;
import org.scimspace.scim.boundary.UsersResource;
import org.scimspace.workspace.boundary.WorkspacesResource;

/**
 * Every resource and provider of the two JAX-RS applications that injects is an application-scoped
 * CDI bean (see the package doc): RESTEasy (WildFly) injects nothing into the others, which
 * otherwise only WildFlySmokeIT would notice.
 */
class InjectionScopesTest {

    @Test
    void resourcesAndProvidersThatInjectAreApplicationScoped() {
        List<Class<?>> injecting = Stream.of(new ManagementApplication(), new ScimApplication())
                .flatMap(application -> application.getClasses().stream())
                .filter(type -> type != RequestMetrics.class) // Payara only, see its doc
                .filter(InjectionScopesTest::injects)
                .toList();
        assertTrue(
                injecting.containsAll(List.of(ScimAuthFilter.class, UsersResource.class, WorkspacesResource.class)),
                injecting::toString);

        List<String> unscoped = injecting.stream()
                .filter(type -> !type.isAnnotationPresent(ApplicationScoped.class))
                .map(Class::getName)
                .sorted()
                .toList();
        assertEquals(List.of(), unscoped);
    }

    /** Fields with {@code @Inject}, also inherited ones (the SCIM resources share a base class). */
    private static boolean injects(Class<?> type) {
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                if (field.isAnnotationPresent(Inject.class)) {
                    return true;
                }
            }
        }
        return false;
    }
}
