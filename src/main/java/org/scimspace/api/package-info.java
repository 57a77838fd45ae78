/**
 * The management API under {@code /api/v1}: its JAX-RS application, authentication and
 * RFC 9457 error format. Resources of each component plug into it; it owns no data.
 *
 * <p>A resource or provider that injects is a CDI bean ({@code @RequestScoped} or, for the
 * SCIM resources that Entra calls at a high rate, {@code @ApplicationScoped} resources;
 * {@code @ApplicationScoped} providers): Jakarta REST promises injection only into CDI beans.
 * Jersey (Payara) injects into the others as well, RESTEasy (WildFly) leaves them null. An
 * application-scoped resource keeps no state of a request in its fields: its
 * {@code @Context} fields are proxies to the current request's.
 */
package org.scimspace.api;
