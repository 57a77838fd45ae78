package org.scimspace.scim.patch;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.scimspace.scim.ScimException;
import org.scimspace.scim.filter.AttributePath;
import org.scimspace.scim.filter.Filter;
import org.scimspace.scim.filter.Operator;

/**
 * Reads the ids out of the filter of a {@code members[...]} removal. RFC 7644 allows any
 * filter there, but evaluating one on type or display would mean loading every member; a
 * filter that names ids ({@code value eq "…"}, joined by {@code or}) is all Entra sends and
 * can be run as a removal by id.
 */
final class MemberFilter {

    static final String UNSUPPORTED =
            "Only members[value eq \"…\"] filters are supported for member removal" + " (several joined by 'or')";

    private MemberFilter() {}

    /** @throws ScimException invalidFilter for any other filter */
    static List<String> ids(Filter filter) {
        Set<String> ids = new LinkedHashSet<>();
        collect(filter, ids);
        return List.copyOf(ids);
    }

    private static void collect(Filter filter, Set<String> ids) {
        if (filter instanceof Filter.Or or) {
            collect(or.left(), ids);
            collect(or.right(), ids);
        } else if (filter instanceof Filter.Compare compare
                && compare.operator() == Operator.EQ
                && isValue(compare.path())
                && compare.value() instanceof String id
                && !id.isBlank()) {
            ids.add(id);
        } else {
            throw ScimException.invalidFilter(UNSUPPORTED);
        }
    }

    private static boolean isValue(AttributePath path) {
        return path.urn() == null
                && path.subAttribute() == null
                && path.attribute().equalsIgnoreCase("value");
    }
}
