/**
 * The management API under {@code /api/v1}: its JAX-RS application, authentication and
 * RFC 9457 error format. Resources of each component plug into it; it owns no data.
 *
 * <p>A resource or provider that injects is an {@code @ApplicationScoped} CDI bean: Jakarta REST
 * promises injection only into CDI beans. Jersey (Payara) injects into the others as well,
 * RESTEasy (WildFly) leaves them null. One instance serves every request, so a resource keeps
 * no state of a request in its fields: its {@code @Context} fields are proxies to the current
 * request's, {@code CurrentTenant} is a request-scoped proxy and the services are EJBs. (One
 * instance per request, as {@code @RequestScoped} gives, cost about a tenth of a SCIM lookup's
 * server time in Jersey and CDI.)
 */
package org.scimspace.api;
