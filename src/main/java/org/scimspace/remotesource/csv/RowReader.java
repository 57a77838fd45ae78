package org.scimspace.remotesource.csv;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Checks the values of one row against the file format and the workspace's profile fields.
 * Uniqueness across rows is {@link CsvValidation}'s.
 */
final class RowReader {

    static final int MAX_ID = 200;
    static final int MAX_EMAIL = 320;
    static final int MAX_NAME = 200;
    static final int MAX_MOBILE = 200;
    static final int MAX_TEXT = 2000;

    /** As the management API checks an address given to invite somebody. */
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private static final Pattern LINE_BREAK = Pattern.compile("\r\n|\r|\n");
    private static final int ALLOWED_LISTED = 10;

    private final CsvHeader header;
    private final Map<FieldRule, Map<String, String>> allowed = new HashMap<>();

    RowReader(CsvHeader header) {
        this.header = header;
        for (FieldRule field : header.profileColumns().keySet()) {
            Map<String, String> spellings = new HashMap<>();
            field.allowedValues().forEach(value -> spellings.putIfAbsent(value.toLowerCase(Locale.ROOT), value));
            allowed.put(field, spellings);
        }
    }

    /** The row, or null with its problems added to {@code errors}. */
    ParticipantRow read(long line, List<String> values, List<CsvError> errors) {
        if (values.size() != header.width()) {
            errors.add(new CsvError(
                    line, values.size() + " fields where the header row has " + header.width() + " columns"));
            return null;
        }
        int before = errors.size();
        String id = single(line, "ID", value(values, CsvHeader.ID), MAX_ID, errors);
        if (id == null) {
            errors.add(new CsvError(line, "the ID is empty"));
        }
        String email = single(line, "Email", value(values, CsvHeader.EMAIL), MAX_EMAIL, errors);
        if (email == null) {
            errors.add(new CsvError(line, "the email address is empty"));
        } else if (!EMAIL.matcher(email).matches()) {
            errors.add(new CsvError(line, "'" + email + "' is not a valid email address"));
        }
        String firstName = single(line, "First name", value(values, CsvHeader.FIRST_NAME), MAX_NAME, errors);
        String lastName = single(line, "Last name", value(values, CsvHeader.LAST_NAME), MAX_NAME, errors);
        String mobile = lines(value(values, CsvHeader.MOBILE)).stream().collect(Collectors.joining("\n"));
        if (mobile.length() > MAX_MOBILE) {
            errors.add(new CsvError(line, "Mobile is longer than " + MAX_MOBILE + " characters"));
        }
        Map<String, List<String>> profile = new LinkedHashMap<>();
        header.profileColumns().forEach((field, column) -> {
            String raw = values.get(column);
            profile.put(
                    field.name(), field.choice() ? choices(line, field, raw, errors) : text(line, field, raw, errors));
        });
        if (errors.size() > before) {
            return null;
        }
        return new ParticipantRow(line, id, email, firstName, lastName, mobile.isEmpty() ? null : mobile, profile);
    }

    private String value(List<String> values, int requiredField) {
        return values.get(header.column(requiredField));
    }

    /** A single value, stripped; null when empty. */
    private static String single(long line, String column, String raw, int maxLength, List<CsvError> errors) {
        String value = raw.strip();
        if (value.isEmpty()) {
            return null;
        }
        if (LINE_BREAK.matcher(value).find()) {
            errors.add(new CsvError(line, column + " must be one value, not several lines"));
        } else if (value.length() > maxLength) {
            errors.add(new CsvError(line, column + " is longer than " + maxLength + " characters"));
        }
        return value;
    }

    /** The non-empty lines of a multi-valued cell, each stripped. */
    private static List<String> lines(String raw) {
        List<String> entries = new ArrayList<>();
        for (String entry : LINE_BREAK.split(raw, -1)) {
            if (!entry.isBlank()) {
                entries.add(entry.strip());
            }
        }
        return entries;
    }

    private static List<String> text(long line, FieldRule field, String raw, List<CsvError> errors) {
        String value = LINE_BREAK.matcher(raw.strip()).replaceAll("\n");
        if (value.length() > MAX_TEXT) {
            errors.add(new CsvError(line, field.name() + " is longer than " + MAX_TEXT + " characters"));
        }
        return value.isEmpty() ? List.of() : List.of(value);
    }

    /**
     * The allowed values named, in the field's spelling and order, each once: a choice is a
     * set, so a file listing the same values in another order changes nothing.
     */
    private List<String> choices(long line, FieldRule field, String raw, List<CsvError> errors) {
        Map<String, String> spellings = allowed.get(field);
        Set<String> chosen = new HashSet<>();
        for (String entry : lines(raw)) {
            String value = spellings.get(entry.toLowerCase(Locale.ROOT));
            if (value == null) {
                errors.add(new CsvError(
                        line,
                        "'" + entry + "' is not an allowed value of " + field.name() + " (" + listed(field) + ")"));
            } else {
                chosen.add(value);
            }
        }
        return field.allowedValues().stream().filter(chosen::contains).toList();
    }

    private static String listed(FieldRule field) {
        List<String> values = field.allowedValues();
        String shown = String.join(", ", values.subList(0, Math.min(values.size(), ALLOWED_LISTED)));
        return "allowed: " + shown + (values.size() > ALLOWED_LISTED ? ", …" : "");
    }
}
