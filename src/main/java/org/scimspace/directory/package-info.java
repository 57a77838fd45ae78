/**
 * The directory: the users (and later groups) of each tenant as Entra provisioned them.
 * Owns their tables; knows nothing of the SCIM wire format beyond the JSON document it
 * stores. Every query is scoped to one tenant.
 */
package org.scimspace.directory;
