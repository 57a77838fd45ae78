package org.scimspace.scim.filter;

import org.scimspace.scim.schema.AttributeType;

/**
 * The user attributes that are columns of the user row rather than searchable values, with
 * how a filter compares them.
 */
enum UserColumn {
    ID("id", AttributeType.STRING, true, false),
    EXTERNAL_ID("externalId", AttributeType.STRING, true, true),
    /** The lower-case copy, which is also what uniqueness is enforced on. */
    USER_NAME("userNameKey", AttributeType.STRING, false, false),
    DISPLAY_NAME("displayName", AttributeType.STRING, false, true),
    ACTIVE("active", AttributeType.BOOLEAN, false, false),
    CREATED("created", AttributeType.DATE_TIME, false, false),
    LAST_MODIFIED("lastModified", AttributeType.DATE_TIME, false, false);

    private final String field;
    private final AttributeType type;
    private final boolean caseExact;
    private final boolean nullable;

    UserColumn(String field, AttributeType type, boolean caseExact, boolean nullable) {
        this.field = field;
        this.type = type;
        this.caseExact = caseExact;
        this.nullable = nullable;
    }

    /** The entity field. */
    String field() {
        return field;
    }

    AttributeType type() {
        return type;
    }

    boolean caseExact() {
        return caseExact;
    }

    boolean nullable() {
        return nullable;
    }

    /** Whether the column is compared in lower case although it is stored as given. */
    boolean lowerCased() {
        return this == DISPLAY_NAME;
    }
}
