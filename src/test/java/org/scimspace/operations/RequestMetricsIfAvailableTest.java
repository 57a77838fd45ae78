package org.scimspace.operations;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;

import org.junit.jupiter.api.Test;

class RequestMetricsIfAvailableTest {

    @Test
    void theFilterWhereMicroProfileMetricsIs() {
        assertEquals(RequestMetrics.class.getName(), RequestMetricsIfAvailable.FILTER);
        assertEquals(Set.of(RequestMetrics.class), RequestMetricsIfAvailable.providers());
    }

    @Test
    void nothingWhereItIsNot() {
        ClassLoader withoutMetrics = new ClassLoader(getClass().getClassLoader()) {
            @Override
            protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
                if (name.startsWith("org.eclipse.microprofile.metrics.")) {
                    throw new ClassNotFoundException(name);
                }
                return super.loadClass(name, resolve);
            }
        };
        assertEquals(Set.of(), RequestMetricsIfAvailable.providers(withoutMetrics));
    }
}
