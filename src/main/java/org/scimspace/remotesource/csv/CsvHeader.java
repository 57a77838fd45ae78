package org.scimspace.remotesource.csv;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Where each column of a participants file is: the five required ones and the profile
 * fields of the workspace, names matched ignoring case and surrounding spaces. Other
 * columns, named or not, are not read.
 */
final class CsvHeader {

    /** The required columns, in the order the fields of {@link ParticipantRow} follow. */
    static final List<String> REQUIRED = ParticipantCsv.REQUIRED_COLUMNS;

    static final int ID = 0;
    static final int EMAIL = 1;
    static final int FIRST_NAME = 2;
    static final int LAST_NAME = 3;
    static final int MOBILE = 4;

    private final int width;
    private final int[] required;
    private final Map<FieldRule, Integer> profile;

    private CsvHeader(int width, int[] required, Map<FieldRule, Integer> profile) {
        this.width = width;
        this.required = required;
        this.profile = profile;
    }

    /** The header of these column names, or null with the reasons added to {@code errors}. */
    static CsvHeader of(List<String> names, List<FieldRule> fields, List<CsvError> errors) {
        Map<String, Integer> columns = new HashMap<>();
        int before = errors.size();
        for (int i = 0; i < names.size(); i++) {
            String key = key(names.get(i));
            if (key.isEmpty()) {
                continue;
            }
            if (columns.putIfAbsent(key, i) != null) {
                errors.add(new CsvError(1, "column '" + names.get(i).strip() + "' appears more than once"));
            }
        }
        int[] required = new int[REQUIRED.size()];
        for (int i = 0; i < REQUIRED.size(); i++) {
            Integer index = columns.get(key(REQUIRED.get(i)));
            if (index == null) {
                errors.add(new CsvError(1, "required column '" + REQUIRED.get(i) + "' is missing"));
            } else {
                required[i] = index;
            }
        }
        if (errors.size() > before) {
            return null;
        }
        Map<FieldRule, Integer> profile = new LinkedHashMap<>();
        for (FieldRule field : fields) {
            Integer index = columns.get(key(field.name()));
            if (index != null) {
                profile.put(field, index);
            }
        }
        return new CsvHeader(names.size(), required, profile);
    }

    /** A column name as compared: without surrounding spaces, in lower case. */
    static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }

    int width() {
        return width;
    }

    int column(int requiredField) {
        return required[requiredField];
    }

    Map<FieldRule, Integer> profileColumns() {
        return profile;
    }

    List<String> importedFields() {
        return new ArrayList<>(profile.keySet().stream().map(FieldRule::name).toList());
    }
}
