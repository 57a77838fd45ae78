package org.scimspace.scim.filter;

import org.scimspace.scim.ScimException;

/**
 * Reads the {@code sortBy} and {@code sortOrder} parameters (RFC 7644 §3.4.2.3) the same way
 * for every resource type. RFC 7644 names no scimType for a bad sort parameter; a malformed
 * one is {@code invalidValue}, the code for a request parameter that cannot be used.
 */
final class SortRequest {

    private SortRequest() {}

    /** Whether the order is descending: "ascending" (the default) or "descending", any case. */
    static boolean descending(String sortOrder) {
        if (sortOrder == null || sortOrder.equalsIgnoreCase("ascending")) {
            return false;
        }
        if (sortOrder.equalsIgnoreCase("descending")) {
            return true;
        }
        throw ScimException.invalidValue("sortOrder must be 'ascending' or 'descending'");
    }

    /** Whether there is a sortBy at all; without one the natural order applies. */
    static boolean given(String sortBy) {
        return sortBy != null && !sortBy.isBlank();
    }

    /** The attribute path of a given sortBy, parsed as in filters. */
    static AttributePath path(String sortBy) {
        FilterScanner in = FilterScanner.open(sortBy, "sortBy", ScimException::invalidValue);
        AttributePath path = new FilterParser(in).attributePath();
        in.skipWhitespace();
        if (!in.atEnd()) {
            throw in.error("Expected end of sortBy");
        }
        return path;
    }
}
