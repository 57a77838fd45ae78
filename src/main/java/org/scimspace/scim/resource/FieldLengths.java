package org.scimspace.scim.resource;

import java.util.Locale;

import org.scimspace.scim.ScimException;

/**
 * The indexed fields of users and groups are columns of a fixed size; a longer value used to
 * reach the database and fail there as a 500. Checked while mapping, so the client gets a 400
 * naming the attribute. The lower-cased form is checked too, since it has a column of the same
 * size and lower-casing may lengthen a string.
 */
final class FieldLengths {

    private FieldLengths() {}

    /** @return the value, when it and its lower-cased form fit */
    static String check(String attribute, String value, int maxLength) {
        if (value != null
                && (value.length() > maxLength || value.toLowerCase(Locale.ROOT).length() > maxLength)) {
            throw ScimException.invalidValue(
                    "'" + attribute + "' is longer than the limit of " + maxLength + " characters.");
        }
        return value;
    }
}
