package org.scimspace.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/** The result table: printed, and appended to the results file with the run's context. */
final class Report {

    record Row(String workload, String metric, String value, String goal, String met) {}

    private final List<Row> rows = new ArrayList<>();

    /** A figure without a goal. */
    void info(String workload, String metric, String value) {
        rows.add(new Row(workload, metric, value, "-", "-"));
    }

    void goal(String workload, String metric, String value, String goal, boolean met) {
        rows.add(new Row(workload, metric, value, goal, met ? "yes" : "NO"));
    }

    List<Row> rows() {
        return rows;
    }

    String text() {
        String[] headers = {"workload", "metric", "value", "goal", "met?"};
        int[] widths = new int[headers.length];
        for (int c = 0; c < headers.length; c++) {
            widths[c] = headers[c].length();
        }
        for (Row row : rows) {
            String[] cells = cells(row);
            for (int c = 0; c < cells.length; c++) {
                widths[c] = Math.max(widths[c], cells[c].length());
            }
        }
        StringBuilder out = new StringBuilder();
        line(out, headers, widths);
        String[] rule = new String[headers.length];
        for (int c = 0; c < rule.length; c++) {
            rule[c] = "-".repeat(widths[c]);
        }
        line(out, rule, widths);
        for (Row row : rows) {
            line(out, cells(row), widths);
        }
        return out.toString();
    }

    String markdown() {
        StringBuilder out = new StringBuilder("| workload | metric | value | goal | met? |\n|---|---|---|---|---|\n");
        for (Row row : rows) {
            out.append("| ")
                    .append(String.join(" | ", cells(row)).replace("\n", " "))
                    .append(" |\n");
        }
        return out.toString();
    }

    void append(Path file, String heading, List<String> context) {
        StringBuilder entry = new StringBuilder("\n## ").append(heading).append("\n\n");
        context.forEach(line -> entry.append("* ").append(line).append('\n'));
        entry.append('\n').append(markdown());
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            if (!Files.exists(file)) {
                Files.writeString(file, HEADER, StandardCharsets.UTF_8);
            }
            Files.writeString(file, entry.toString(), StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot append to " + file, e);
        }
    }

    private static String[] cells(Row row) {
        return new String[] {row.workload(), row.metric(), row.value(), row.goal(), row.met()};
    }

    private static void line(StringBuilder out, String[] cells, int[] widths) {
        for (int c = 0; c < cells.length; c++) {
            out.append(String.format("%-" + widths[c] + "s", cells[c]));
            out.append(c + 1 < cells.length ? "  " : "\n");
        }
    }

    private static final String HEADER =
            """
            # Benchmark results

            Appended by the benchmark driver (`src/bench/java`, see README.md, "Benchmark"), one
            entry per run, newest last. Only `full` runs on an otherwise idle machine count;
            `smoke` runs check the harness and their figures mean nothing.
            """;
}
