package org.scimspace.scim.filter;

import org.scimspace.scim.schema.AttributeType;

/** The group attributes that are columns of the group row, with how a filter compares them. */
final class GroupColumn {

    /** The lower-case copy: comparing it serves "displayName eq" from the unique index. */
    static final ResourceColumn DISPLAY_NAME = ResourceColumn.of("displayNameKey", AttributeType.STRING, false, false);

    private GroupColumn() {}
}
