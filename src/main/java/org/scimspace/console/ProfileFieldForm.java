package org.scimspace.console;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.scimspace.common.ServiceException;
import org.scimspace.workspace.control.FieldDefinition;
import org.scimspace.workspace.control.ProfileFieldDefinitions;
import org.scimspace.workspace.control.ProfileFieldView;
import org.scimspace.workspace.entity.FieldType;

/**
 * The rows of Workspace Manager → Settings → Profile fields: one per saved field, then an
 * empty one to add a field. Saving sends the whole list, as the management API's {@code PUT}
 * does, through the same checks ({@link ProfileFieldDefinitions}); a refusal names the row's
 * input at fault ({@code fields:<row>:name}), or {@code save} for the list as a whole.
 */
public final class ProfileFieldForm {

    private static final Pattern AT_FIELD = Pattern.compile("profileFields\\[(\\d+)]\\.(\\w+)");

    private final List<Row> rows;

    private ProfileFieldForm(List<Row> rows) {
        this.rows = rows;
    }

    /** The saved fields, and the empty row. */
    static ProfileFieldForm of(List<ProfileFieldView> fields) {
        List<Row> rows = new ArrayList<>();
        for (ProfileFieldView field : fields) {
            Row row = new Row(rows.size() + 1, false);
            row.name = field.name();
            row.type = field.type().wireName();
            row.allowedValues = String.join("\n", field.allowedValues());
            rows.add(row);
        }
        rows.add(new Row(rows.size() + 1, true));
        return new ProfileFieldForm(rows);
    }

    /**
     * Empty rows for a submitted form to fill: as many fields as it showed (its hidden {@code
     * fieldCount}, at most {@link ProfileFieldDefinitions#MAX_FIELDS}; a forged count only
     * leaves rows empty), and the empty row.
     */
    static ProfileFieldForm submitted(String fieldCount) {
        int count;
        try {
            count = Math.max(0, Math.min(ProfileFieldDefinitions.MAX_FIELDS, Integer.parseInt(fieldCount.strip())));
        } catch (NumberFormatException e) {
            count = 0;
        }
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i <= count; i++) {
            rows.add(new Row(i + 1, i == count));
        }
        return new ProfileFieldForm(rows);
    }

    List<Row> rows() {
        return rows;
    }

    /** How many rows are saved fields: all but the last. */
    int fieldCount() {
        return rows.size() - 1;
    }

    /**
     * The list to save: every saved field not marked for removal (a blank name is refused, not
     * taken for a removal) and the last row when something was typed into it. A text field's
     * allowed values are left out: the form hides them for text.
     *
     * @throws ServiceException naming the row's input at fault
     */
    List<FieldDefinition> definitions() {
        List<Map<String, Object>> sent = new ArrayList<>();
        List<Integer> rowOfSent = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            if (row.remove
                    || (row.added
                            && isBlank(row.name)
                            && (isText(row) || lines(row.allowedValues).isEmpty()))) {
                continue;
            }
            Map<String, Object> field = new LinkedHashMap<>();
            field.put("name", row.name);
            field.put("type", row.type);
            if (!isText(row)) {
                field.put("allowedValues", lines(row.allowedValues));
            }
            sent.add(field);
            rowOfSent.add(i);
        }
        try {
            return ProfileFieldDefinitions.parse(Map.<String, Object>of("profileFields", sent));
        } catch (ServiceException e) {
            throw new ServiceException(e.kind(), inputOf(e.field(), rowOfSent), e.getMessage());
        }
    }

    private static String inputOf(String field, List<Integer> rowOfSent) {
        Matcher at = field == null ? null : AT_FIELD.matcher(field);
        if (at != null && at.matches()) {
            return "fields:" + rowOfSent.get(Integer.parseInt(at.group(1))) + ":" + at.group(2);
        }
        return "save";
    }

    private static boolean isText(Row row) {
        return FieldType.TEXT.wireName().equals(row.type);
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    /** The textarea's lines; blank ones are layout, not values. */
    private static List<String> lines(String text) {
        if (text == null) {
            return List.of();
        }
        return Arrays.stream(text.split("\\R"))
                .map(String::strip)
                .filter(line -> !line.isEmpty())
                .toList();
    }

    /** One row's inputs. */
    public static final class Row {

        private final int number;
        private final boolean added;
        private String name;
        private String type = FieldType.TEXT.wireName();
        private String allowedValues;
        private boolean remove;

        Row(int number, boolean added) {
            this.number = number;
            this.added = added;
        }

        /** Where the row comes, from 1. */
        public int getNumber() {
            return number;
        }

        /** The empty row for a new field, not a saved one. */
        public boolean isAdded() {
            return added;
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public String getType() {
            return type;
        }

        public void setType(String type) {
            this.type = type;
        }

        public String getAllowedValues() {
            return allowedValues;
        }

        public void setAllowedValues(String allowedValues) {
            this.allowedValues = allowedValues;
        }

        public boolean isRemove() {
            return remove;
        }

        public void setRemove(boolean remove) {
            this.remove = remove;
        }
    }
}
