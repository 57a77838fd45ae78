/**
 * The management API under {@code /api/v1}: its JAX-RS application, authentication and
 * RFC 9457 error format. Resources of each component plug into it; it owns no data.
 */
package org.scimspace.api;
