/**
 * The provisioning log (product rule 9, "Nothing is lost"): one line per SCIM write, per
 * membership effect and per account change, with time, tenant, actor, operation, target and
 * outcome; its search for the management API and the console; and its retention. Owns the
 * {@code provisioning_log} table and nothing else. Other components hand it {@link
 * org.scimspace.audit.LogLine}s; it never reads their tables, and never stores a secret.
 */
package org.scimspace.audit;
