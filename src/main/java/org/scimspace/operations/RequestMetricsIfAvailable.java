package org.scimspace.operations;

import java.util.Set;
import java.util.logging.Logger;

/**
 * {@link RequestMetrics} for a JAX-RS application's classes where the server has MicroProfile
 * Metrics (Payara), nothing where it has none (WildFly 39 dropped it for Micrometer): the
 * applications deploy on both, without request metrics on WildFly. The filter is named, not
 * referenced, because loading it on a server without the API fails the whole deployment.
 */
public final class RequestMetricsIfAvailable {

    static final String API = "org.eclipse.microprofile.metrics.MetricRegistry";
    static final String FILTER = "org.scimspace.operations.RequestMetrics";

    private static final Logger LOG = Logger.getLogger(RequestMetricsIfAvailable.class.getName());

    private RequestMetricsIfAvailable() {}

    /** The filter's class, or none when the application's class loader has no MicroProfile Metrics. */
    public static Set<Class<?>> providers() {
        return providers(RequestMetricsIfAvailable.class.getClassLoader());
    }

    static Set<Class<?>> providers(ClassLoader loader) {
        try {
            Class.forName(API, false, loader);
        } catch (ClassNotFoundException absent) {
            LOG.info(() -> "This server has no MicroProfile Metrics: the request metrics (" + RequestMetrics.NAME
                    + ") are off.");
            return Set.of();
        }
        try {
            return Set.of(Class.forName(FILTER, false, loader));
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("The application lacks its own " + FILTER, e);
        }
    }
}
