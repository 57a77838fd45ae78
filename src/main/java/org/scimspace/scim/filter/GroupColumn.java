package org.scimspace.scim.filter;

import org.scimspace.scim.schema.AttributeType;

/** The group attributes that are columns of the group row, with how a filter compares them. */
enum GroupColumn implements ResourceColumn {
    ID("id", AttributeType.STRING, true, false),
    EXTERNAL_ID("externalId", AttributeType.STRING, true, true),
    /** The lower-case copy: comparing it serves "displayName eq" from the unique index. */
    DISPLAY_NAME("displayNameKey", AttributeType.STRING, false, false),
    CREATED("created", AttributeType.DATE_TIME, false, false),
    LAST_MODIFIED("lastModified", AttributeType.DATE_TIME, false, false);

    private final String field;
    private final AttributeType type;
    private final boolean caseExact;
    private final boolean nullable;

    GroupColumn(String field, AttributeType type, boolean caseExact, boolean nullable) {
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
        return false;
    }
}
