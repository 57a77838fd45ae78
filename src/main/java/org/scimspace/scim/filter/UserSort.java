package org.scimspace.scim.filter;

import org.scimspace.scim.ScimException;
import org.scimspace.scim.schema.AttributeType;

/**
 * A resolved {@code sortBy} / {@code sortOrder} pair (RFC 7644 §3.4.2.3) for users: a user
 * column, or the value row at element 0 (the primary element of a multi-valued attribute),
 * or no key when every user has the same value. An unknown or unsortable attribute is
 * {@code invalidValue}, as a malformed parameter is ({@link SortRequest}).
 *
 * @param column the sorted column, or null
 * @param attr   the row attribute key of a sorted value, or null
 * @param sub    the row sub-attribute key of a sorted value
 * @param field  the {@code UserValue} field sorted on
 */
record UserSort(ResourceColumn column, String attr, String sub, String field, boolean descending) {

    static final UserSort NONE = new UserSort(null, null, null, null, false);

    static UserSort resolve(String sortBy, String sortOrder) {
        boolean descending = SortRequest.descending(sortOrder);
        if (!SortRequest.given(sortBy)) {
            return NONE;
        }
        Target target = UserAttributes.forSort().resolve(SortRequest.path(sortBy));
        if (target instanceof Target.Column column) {
            return new UserSort(column.column(), null, null, null, descending);
        }
        if (target instanceof Target.Value value) {
            if (value.def() != null && value.def().type() == AttributeType.BINARY) {
                throw ScimException.invalidValue("Attribute '" + sortBy + "' is binary and cannot be sorted by");
            }
            String field = value.def() == null
                    ? Literals.valueField(AttributeType.STRING, false)
                    : Literals.valueField(value.def().type(), value.def().caseExact());
            return new UserSort(null, value.attr(), value.sub(), field, descending);
        }
        // Memberships have no primary element to sort by; like the constant meta.resourceType they
        // keep the natural order, as users' sortBy always has.
        if (target instanceof Target.Constant || target instanceof Target.Memberships) {
            return NONE;
        }
        throw ScimException.invalidValue(
                "Attribute '" + sortBy + "' has no single value to sort by;" + " name one of its sub-attributes");
    }
}
