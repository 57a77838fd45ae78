package org.scimspace.scim.filter;

import org.scimspace.scim.schema.AttributeType;

/**
 * The user attributes that are columns of the user row rather than searchable values, with
 * how a filter compares them.
 */
final class UserColumn {

    /** The lower-case copy, which is also what uniqueness is enforced on. */
    static final ResourceColumn USER_NAME = ResourceColumn.of("userNameKey", AttributeType.STRING, false, false);

    static final ResourceColumn DISPLAY_NAME =
            new ResourceColumn("displayName", AttributeType.STRING, false, true, true);
    static final ResourceColumn ACTIVE = ResourceColumn.of("active", AttributeType.BOOLEAN, false, false);

    private UserColumn() {}
}
