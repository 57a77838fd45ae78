package org.scimspace.scim.filter;

import org.scimspace.scim.schema.AttributeType;

/**
 * An attribute kept as a column of the resource's own row, with how a filter compares it.
 * One interface for users and groups, so that both are compared and sorted by the same code.
 */
interface ResourceColumn {

    /** The entity field. */
    String field();

    AttributeType type();

    boolean caseExact();

    /** Whether a resource may lack the value, so that presence is a real test. */
    boolean nullable();

    /** Whether the column is compared in lower case although it is stored as given. */
    boolean lowerCased();
}
