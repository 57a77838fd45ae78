package org.scimspace.workspace.control;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.scimspace.common.ServiceException;

/** Reads "Limit to specified user group" input: Entra object IDs, one GUID each. */
public final class GroupLimits {

    private static final Pattern GUID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    /** More than any sane workspace needs; bounds the SQL built from them. */
    public static final int MAX = 100;

    private GroupLimits() {}

    /** The distinct object IDs in lower case, in the order given; any non-GUID entry fails naming it. */
    public static List<String> parse(List<String> entries) {
        Set<String> ids = new LinkedHashSet<>();
        List<String> invalid = new ArrayList<>();
        for (String entry : entries) {
            String id = entry == null ? "" : entry.trim().toLowerCase(Locale.ROOT);
            if (GUID.matcher(id).matches()) {
                ids.add(id);
            } else {
                invalid.add(entry == null ? "null" : "'" + entry + "'");
            }
        }
        if (!invalid.isEmpty()) {
            throw ServiceException.invalid(
                    "groupLimits",
                    "Not an Entra group object ID (a GUID such as 6f1c2d3e-4b5a-6978-8a9b-0c1d2e3f4a5b): "
                            + String.join(", ", invalid.subList(0, Math.min(10, invalid.size())))
                            + (invalid.size() > 10 ? " and " + (invalid.size() - 10) + " more" : "") + ".");
        }
        if (ids.size() > MAX) {
            throw ServiceException.invalid("groupLimits", "At most " + MAX + " groups can limit a workspace.");
        }
        return List.copyOf(ids);
    }
}
