package org.scimspace.remotesource.csv;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The first pass over a participants file: every check, keeping only the IDs and email
 * addresses seen (with their lines, for the message about a duplicate), never the rows.
 * Stops at the {@value #MAX_ERRORS}th error.
 */
public final class CsvValidation {

    public static final int MAX_ERRORS = 100;

    private CsvValidation() {}

    /** What the first pass found: no errors means the file may be applied. */
    public record Result(List<CsvError> errors, int rows, List<String> importedFields) {

        public boolean valid() {
            return errors.isEmpty();
        }
    }

    public static Result validate(Path file, List<FieldRule> fields) throws IOException {
        try (ParticipantCsv csv = ParticipantCsv.open(file, fields)) {
            List<CsvError> errors = new ArrayList<>(csv.headerErrors());
            Map<String, Long> ids = new HashMap<>();
            Map<String, Long> emails = new HashMap<>();
            int rows = 0;
            for (ParticipantCsv.Line line = csv.next(); line != null && errors.size() < MAX_ERRORS; line = csv.next()) {
                errors.addAll(line.errors());
                ParticipantRow row = line.row();
                if (row == null) {
                    continue;
                }
                rows++;
                Long firstId = ids.putIfAbsent(row.id(), row.line());
                if (firstId != null) {
                    errors.add(new CsvError(
                            row.line(), "duplicate ID '" + row.id() + "' (first on line " + firstId + ")"));
                }
                Long firstEmail = emails.putIfAbsent(row.emailKey(), row.line());
                if (firstEmail != null) {
                    errors.add(new CsvError(
                            row.line(), "duplicate email '" + row.email() + "' (first on line " + firstEmail + ")"));
                }
            }
            return new Result(
                    List.copyOf(errors.subList(0, Math.min(errors.size(), MAX_ERRORS))), rows, csv.importedFields());
        }
    }
}
