/**
 * The SCIM filter language: parser, syntax tree and visitors. Plain Java: nothing here
 * imports {@code jakarta.*} except the JPA translators of user and group filters, which
 * turn a filter into a Criteria predicate with bound parameters.
 */
package org.scimspace.scim.filter;
