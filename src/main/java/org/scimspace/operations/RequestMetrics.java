package org.scimspace.operations;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContext;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;

import java.lang.reflect.Method;
import java.time.Duration;

import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.MetricUnits;
import org.eclipse.microprofile.metrics.Tag;

/**
 * Counts and times every request of a JAX-RS application in one MicroProfile Metrics timer,
 * {@value #NAME}, tagged with the endpoint's template ({@link EndpointTemplate}), the HTTP
 * method and the status class. Pre-matching and first of all filters, so refused requests
 * (401, 413, 429) and requests that match nothing are counted too; the time ends when the
 * response filters run, before the body is written. An application lists it among its classes
 * through {@link RequestMetricsIfAvailable}.
 *
 * <p>Unlike the other providers that inject, not a CDI bean: Jersey's {@code @Context
 * ResourceInfo} fails in a provider CDI manages ("Not inside a request scope"). It runs only
 * where MicroProfile Metrics is, on Payara, whose Jersey injects both kinds into its own instance.
 */
@PreMatching
@Priority(RequestMetrics.PRIORITY)
public class RequestMetrics implements ContainerRequestFilter, ContainerResponseFilter {

    static final String NAME = "scimspace.requests";

    /** Request filters run in ascending order, response filters in descending: first and last. */
    static final int PRIORITY = 1;

    private static final String START = RequestMetrics.class.getName() + ".start";

    private static final Metadata METADATA = Metadata.builder()
            .withName(NAME)
            .withDescription("Requests of the SCIM and management APIs per endpoint template, HTTP method and"
                    + " status class, and their time until the response filters ran")
            .withUnit(MetricUnits.NANOSECONDS)
            .build();

    @Inject
    MetricRegistry registry;

    @Context
    ResourceInfo resource;

    @Context
    ServletContext servlet;

    @Override
    public void filter(ContainerRequestContext request) {
        request.setProperty(START, System.nanoTime());
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (!(request.getProperty(START) instanceof Long start)) {
            return;
        }
        Method method = resource.getResourceMethod();
        String endpoint = EndpointTemplate.of(
                applicationPath(request), method == null ? null : resource.getResourceClass(), method);
        registry.timer(
                        METADATA,
                        new Tag("endpoint", endpoint),
                        new Tag("method", EndpointTemplate.method(request.getMethod())),
                        new Tag("status", EndpointTemplate.statusClass(response.getStatus())))
                .update(Duration.ofNanos(System.nanoTime() - start));
    }

    /** The application's path below the context root: the base URI's path without the context path. */
    private String applicationPath(ContainerRequestContext request) {
        String base = request.getUriInfo().getBaseUri().getRawPath();
        String context = servlet.getContextPath();
        return base.startsWith(context) ? base.substring(context.length()) : base;
    }
}
