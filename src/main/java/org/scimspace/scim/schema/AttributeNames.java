package org.scimspace.scim.schema;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads the {@code attributes} and {@code excludedAttributes} query parameters of RFC 7644
 * §3.4.2.5: each is a comma-separated list, clients put spaces after the commas, and some
 * repeat the parameter instead ({@code ?attributes=userName&attributes=emails}).
 */
public final class AttributeNames {

    private AttributeNames() {}

    /**
     * The names in the given parameter values, in order, trimmed, blanks dropped.
     *
     * @param parameterValues every value the parameter was given; {@code null} means absent
     */
    public static List<String> parse(List<String> parameterValues) {
        List<String> names = new ArrayList<>();
        if (parameterValues == null) {
            return names;
        }
        for (String value : parameterValues) {
            if (value == null) {
                continue;
            }
            for (String name : value.split(",")) {
                String trimmed = name.strip();
                if (!trimmed.isEmpty()) {
                    names.add(trimmed);
                }
            }
        }
        return names;
    }
}
