package org.scimspace.workspace.control;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.scimspace.common.ServiceException;
import org.scimspace.workspace.entity.FieldType;
import org.scimspace.workspace.entity.ProfileField;

/**
 * Checks a workspace's profile fields as the management API receives them,
 * {@code {"profileFields":[{"name":…,"type":"text"|"choice","allowedValues":[…]}]}}: each
 * problem a 400 naming the field at fault. Names are unique ignoring case and surrounding
 * spaces, as a file's columns are matched, and none is one of the columns every file has.
 */
public final class ProfileFieldDefinitions {

    public static final int MAX_FIELDS = 50;
    public static final int MAX_ALLOWED_VALUES = 200;
    public static final int MAX_VALUE = 200;

    /** The required columns of a remote source's file (ParticipantCsv.REQUIRED_COLUMNS), as names are compared. */
    static final Set<String> RESERVED = Set.of("id", "email", "first name", "last name", "mobile");

    private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}");

    private ProfileFieldDefinitions() {}

    public static List<FieldDefinition> parse(Map<String, Object> body) {
        if (!(body.get("profileFields") instanceof List<?> entries)) {
            throw ServiceException.invalid("profileFields", "'profileFields' must be an array of fields.");
        }
        if (entries.size() > MAX_FIELDS) {
            throw ServiceException.invalid(
                    "profileFields", "A workspace has at most " + MAX_FIELDS + " profile fields.");
        }
        List<FieldDefinition> fields = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (int i = 0; i < entries.size(); i++) {
            String at = "profileFields[" + i + "]";
            if (!(entries.get(i) instanceof Map<?, ?> entry)) {
                throw ServiceException.invalid(at, "Each profile field must be an object with a name and a type.");
            }
            String name = name(entry.get("name"), at + ".name");
            if (!names.add(ProfileField.nameKey(name))) {
                throw ServiceException.invalid(at + ".name", "Two profile fields are named '" + name + "'.");
            }
            FieldType type = entry.get("type") instanceof String text
                    ? FieldType.of(text).orElse(null)
                    : null;
            if (type == null) {
                throw ServiceException.invalid(at + ".type", "'type' must be text or choice.");
            }
            fields.add(new FieldDefinition(name, type, allowedValues(type, entry.get("allowedValues"), at)));
        }
        return fields;
    }

    private static String name(Object value, String at) {
        if (!(value instanceof String text) || text.isBlank()) {
            throw ServiceException.invalid(at, "A profile field needs a name.");
        }
        String name = text.strip();
        if (name.length() > ProfileField.MAX_NAME || CONTROL.matcher(name).find()) {
            throw ServiceException.invalid(
                    at, "A profile field's name is one line of at most " + ProfileField.MAX_NAME + " characters.");
        }
        if (RESERVED.contains(ProfileField.nameKey(name))) {
            throw ServiceException.invalid(
                    at, "'" + name + "' is a column every remote source file has, not a profile field.");
        }
        return name;
    }

    private static List<String> allowedValues(FieldType type, Object value, String at) {
        String field = at + ".allowedValues";
        if (type == FieldType.TEXT) {
            if (value != null && !(value instanceof List<?> list && list.isEmpty())) {
                throw ServiceException.invalid(field, "A text field has no allowed values.");
            }
            return List.of();
        }
        if (!(value instanceof List<?> list) || list.isEmpty() || list.size() > MAX_ALLOWED_VALUES) {
            throw ServiceException.invalid(
                    field, "A choice field needs 1 to " + MAX_ALLOWED_VALUES + " allowed values.");
        }
        List<String> values = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        for (Object entry : list) {
            if (!(entry instanceof String text)
                    || text.isBlank()
                    || text.strip().length() > MAX_VALUE
                    || CONTROL.matcher(text).find()) {
                throw ServiceException.invalid(
                        field, "Each allowed value is one line of 1 to " + MAX_VALUE + " characters.");
            }
            String allowed = text.strip();
            if (!keys.add(allowed.toLowerCase(Locale.ROOT))) {
                throw ServiceException.invalid(field, "'" + allowed + "' is allowed twice.");
            }
            values.add(allowed);
        }
        if (String.join("\n", values).length() > ProfileField.MAX_ALLOWED_VALUES) {
            throw ServiceException.invalid(
                    field,
                    "The allowed values of a field are at most " + ProfileField.MAX_ALLOWED_VALUES
                            + " characters together.");
        }
        return values;
    }
}
