package org.scimspace.scim.filter;

import org.scimspace.scim.ScimException;

/**
 * A resolved {@code sortBy} / {@code sortOrder} pair (RFC 7644 §3.4.2.3) for groups: a
 * column of the group row, or no key when every group has the same value. Members have no
 * single value to sort by, so sorting by them is {@code invalidValue}.
 *
 * @param column the sorted column, or null for the natural order
 */
record GroupSort(ResourceColumn column, boolean descending) {

    static GroupSort resolve(String sortBy, String sortOrder) {
        boolean descending = SortRequest.descending(sortOrder);
        if (!SortRequest.given(sortBy)) {
            return new GroupSort(null, descending);
        }
        Target target = GroupAttributes.forSort().resolve(SortRequest.path(sortBy));
        if (target instanceof Target.Column column) {
            return new GroupSort(column.column(), descending);
        }
        if (target instanceof Target.Constant) {
            return new GroupSort(null, descending);
        }
        throw ScimException.invalidValue("Attribute '" + sortBy + "' has no single value to sort by");
    }
}
