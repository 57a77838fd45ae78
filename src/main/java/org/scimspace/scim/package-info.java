/**
 * The SCIM 2.0 protocol (RFC 7643 / RFC 7644): JAX-RS resources, wire handling, the filter
 * and PATCH engines and the attribute metadata they share. It talks to the directory
 * component through its services only and never exposes JPA entities on the wire. Resources
 * and providers that inject are CDI beans, as in the management API ({@link org.scimspace.api}).
 */
package org.scimspace.scim;
