package org.scimspace.remotesource.csv;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One valid row of a participants file, values stripped of surrounding spaces. Empty
 * optional values are null.
 *
 * @param line the physical line the row starts on
 * @param profile the values of the file's profile field columns by field name as the
 *     workspace spells it; an empty list clears the field
 */
public record ParticipantRow(
        long line,
        String id,
        String email,
        String firstName,
        String lastName,
        String mobile,
        Map<String, List<String>> profile) {

    /** The email address as compared: in lower case. */
    public String emailKey() {
        return emailKey(email);
    }

    public static String emailKey(String email) {
        return email.toLowerCase(Locale.ROOT);
    }
}
