package org.scimspace.scim.filter;

import org.scimspace.scim.schema.AttributeType;

/**
 * An attribute kept as a column of the resource's own row, with how a filter compares it.
 * One type for users and groups, so that both are compared and sorted by the same code.
 *
 * @param field      the entity field
 * @param type       the attribute type
 * @param caseExact  whether strings compare case-sensitively
 * @param nullable   whether a resource may lack the value, so that presence is a real test
 * @param lowerCased whether the column is compared in lower case although it is stored as given
 */
record ResourceColumn(String field, AttributeType type, boolean caseExact, boolean nullable, boolean lowerCased) {

    /** The columns every resource row has, with the same names on users and groups. */
    static final ResourceColumn ID = of("id", AttributeType.STRING, true, false);

    static final ResourceColumn EXTERNAL_ID = of("externalId", AttributeType.STRING, true, true);
    static final ResourceColumn CREATED = of("created", AttributeType.DATE_TIME, false, false);
    static final ResourceColumn LAST_MODIFIED = of("lastModified", AttributeType.DATE_TIME, false, false);

    static ResourceColumn of(String field, AttributeType type, boolean caseExact, boolean nullable) {
        return new ResourceColumn(field, type, caseExact, nullable, false);
    }
}
