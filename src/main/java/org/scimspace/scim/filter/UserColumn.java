package org.scimspace.scim.filter;

import org.scimspace.scim.schema.AttributeType;

/**
 * The user attributes that are columns of the user row rather than searchable values, with
 * how a filter compares them.
 */
enum UserColumn implements ResourceColumn {
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

    @Override
    public String field() {
        return field;
    }

    @Override
    public AttributeType type() {
        return type;
    }

    @Override
    public boolean caseExact() {
        return caseExact;
    }

    @Override
    public boolean nullable() {
        return nullable;
    }

    @Override
    public boolean lowerCased() {
        return this == DISPLAY_NAME;
    }
}
