package org.scimspace.scim.schema;

import java.util.ArrayList;
import java.util.List;

import org.scimspace.scim.ScimException;

/**
 * Reads the {@code attributes} and {@code excludedAttributes} query parameters of RFC 7644
 * §3.4.2.5: each is a comma-separated list, clients put spaces after the commas, and some
 * repeat the parameter instead ({@code ?attributes=userName&attributes=emails}).
 */
public final class AttributeNames {

    /**
     * More names than the schemas have attributes and sub-attributes together; a longer list
     * is not a real request, and each name costs a schema lookup per returned resource.
     */
    public static final int MAX_NAMES = 200;

    private AttributeNames() {}

    /**
     * The names in the given parameter values, in order, trimmed, blanks dropped.
     *
     * @param parameterValues every value the parameter was given; {@code null} means absent
     * @throws ScimException invalidValue for more than {@link #MAX_NAMES} names
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
                if (names.size() > MAX_NAMES) {
                    throw ScimException.invalidValue(
                            "'attributes' and 'excludedAttributes' name at most " + MAX_NAMES + " attributes each.");
                }
            }
        }
        return names;
    }
}
