package org.scimspace.scim.filter;

import org.scimspace.scim.ScimException;
import org.scimspace.scim.schema.AttributeType;

/**
 * A resolved {@code sortBy} / {@code sortOrder} pair (RFC 7644 §3.4.2.3): a user column, or
 * the value row at element 0 (the primary element of a multi-valued attribute), or no key
 * when every user has the same value. RFC 7644 names no scimType for a bad sort parameter;
 * an unknown or unsortable attribute and an unknown order are {@code invalidValue}, the
 * code for a request parameter that cannot be used.
 *
 * @param column the sorted column, or null
 * @param attr   the row attribute key of a sorted value, or null
 * @param sub    the row sub-attribute key of a sorted value
 * @param field  the {@code UserValue} field sorted on
 */
record UserSort(UserColumn column, String attr, String sub, String field, boolean descending) {

    static final UserSort NONE = new UserSort(null, null, null, null, false);

    static UserSort resolve(String sortBy, String sortOrder) {
        boolean descending = descending(sortOrder);
        if (sortBy == null || sortBy.isBlank()) {
            return NONE;
        }
        UserTarget target = UserAttributes.forSort().resolve(path(sortBy));
        if (target instanceof UserTarget.Column column) {
            return new UserSort(column.column(), null, null, null, descending);
        }
        if (target instanceof UserTarget.Value value) {
            if (value.def() != null && value.def().type() == AttributeType.BINARY) {
                throw ScimException.invalidValue("Attribute '" + sortBy + "' is binary and cannot be sorted by");
            }
            String field = value.def() == null ? Literals.valueField(AttributeType.STRING, false)
                    : Literals.valueField(value.def().type(), value.def().caseExact());
            return new UserSort(null, value.attr(), value.sub(), field, descending);
        }
        if (target instanceof UserTarget.Constant || target instanceof UserTarget.Groups) {
            return NONE;
        }
        throw ScimException.invalidValue("Attribute '" + sortBy + "' has no single value to sort by;"
                + " name one of its sub-attributes");
    }

    private static boolean descending(String sortOrder) {
        if (sortOrder == null || sortOrder.equalsIgnoreCase("ascending")) {
            return false;
        }
        if (sortOrder.equalsIgnoreCase("descending")) {
            return true;
        }
        throw ScimException.invalidValue("sortOrder must be 'ascending' or 'descending'");
    }

    private static AttributePath path(String sortBy) {
        FilterScanner in = FilterScanner.open(sortBy, "sortBy", ScimException::invalidValue);
        AttributePath path = new FilterParser(in).attributePath();
        in.skipWhitespace();
        if (!in.atEnd()) {
            throw in.error("Expected end of sortBy");
        }
        return path;
    }
}
