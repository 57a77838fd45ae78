/**
 * SCIM attribute metadata (RFC 7643): the schemas, their characteristics, and what is derived
 * from them alone — the discovery documents and the projection of resources by
 * {@code attributes} / {@code excludedAttributes}. Plain Java working on the shared tree
 * model ({@code Map<String, Object>}); nothing here knows JAX-RS, JSON-B or persistence.
 */
package org.scimspace.scim.schema;
