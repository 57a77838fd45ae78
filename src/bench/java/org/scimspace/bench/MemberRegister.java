package org.scimspace.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The participants CSV of workload 6, as PRODUCT.md describes a member register: the five
 * required columns and a custom "Department" column. Edition 1 lists members 0 to n−1;
 * edition 2 changes the last name and mobile of 30 % of them, drops 5 % and adds 5 % new.
 */
final class MemberRegister {

    static final String HEADER = "ID,Email,First name,Last name,Mobile,Department";

    private final int rows;

    MemberRegister(int rows) {
        if (rows < 20) {
            throw new IllegalArgumentException("a register needs at least 20 rows, not " + rows);
        }
        this.rows = rows;
    }

    /** Rows of edition 2 whose last name and mobile differ from edition 1. */
    int changed() {
        int count = 0;
        for (int i = 0; i < rows; i++) {
            count += changes(i) ? 1 : 0;
        }
        return count;
    }

    /** Rows of edition 1 missing from edition 2; as many new ones replace them. */
    int dropped() {
        int count = 0;
        for (int i = 0; i < rows; i++) {
            count += dropped(i) ? 1 : 0;
        }
        return count;
    }

    void write(Path file, int edition) {
        try {
            Files.createDirectories(file.getParent());
            try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                out.write(HEADER);
                out.write("\r\n");
                for (int i = 0; i < rows; i++) {
                    if (edition == 1 || !dropped(i)) {
                        row(out, i, edition == 2 && changes(i));
                    }
                }
                if (edition == 2) {
                    for (int i = rows; i < rows + dropped(); i++) {
                        row(out, i, false);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file, e);
        }
    }

    private static boolean changes(int i) {
        return i % 10 < 3;
    }

    private static boolean dropped(int i) {
        return i % 20 == 19;
    }

    private static void row(BufferedWriter out, int i, boolean changed) throws IOException {
        // quoted fields with a comma and a doubled quote, as exports have them
        String last = changed ? "\"Married-Name, " + i + "\"" : "\"Member \"\"" + i + "\"\"\"";
        String mobile = String.format("+44 7%03d %06d", changed ? 900 : i % 1000, i % 1_000_000);
        out.write("M-" + i + ",member" + i + "@register.example,First" + i + "," + last + "," + mobile + ",Department "
                + (i % 40) + "\r\n");
    }
}
