package org.scimspace.scim.filter;

import org.scimspace.scim.schema.AttributeDef;
import org.scimspace.scim.schema.GroupSchemas;
import org.scimspace.scim.schema.UserSchemas;

/**
 * Which end of a {@code GroupMember} row a filtered resource is. A group's {@code members}
 * and a user's {@code groups} are the same rows seen from either end, so both are filtered
 * by one set of conditions and one translation.
 */
enum MemberLink {

    /** A group's members: the rows of the group; the other end is the member, a user or a group. */
    MEMBERS("groupId", "memberId", true, GroupSchemas.CORE.attribute("members").orElseThrow()),

    /** A user's groups: the rows naming the user as member; the other end is a group. */
    GROUPS("memberId", "groupId", false, UserSchemas.CORE.attribute("groups").orElseThrow());

    private final String ownerField;
    private final String otherField;
    private final boolean usersAtOtherEnd;
    private final AttributeDef attribute;

    MemberLink(String ownerField, String otherField, boolean usersAtOtherEnd, AttributeDef attribute) {
        this.ownerField = ownerField;
        this.otherField = otherField;
        this.usersAtOtherEnd = usersAtOtherEnd;
        this.attribute = attribute;
    }

    /** The {@code GroupMember} field holding the id of the filtered resource. */
    String ownerField() {
        return ownerField;
    }

    /** The {@code GroupMember} field holding the id the sub-attribute "value" names. */
    String otherField() {
        return otherField;
    }

    /** Whether the other end may be a user (else it is always a group). */
    boolean usersAtOtherEnd() {
        return usersAtOtherEnd;
    }

    /** The multi-valued attribute of the schema whose sub-attributes a filter names. */
    AttributeDef attribute() {
        return attribute;
    }
}
