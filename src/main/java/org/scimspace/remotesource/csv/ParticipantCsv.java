package org.scimspace.remotesource.csv;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.apache.commons.csv.CSVException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A participants file (PRODUCT.md "Remote source sync") read one row at a time: UTF-8 (a
 * byte order mark tolerated), comma separated, {@code "} as optional enclosure with
 * {@code ""} inside, a header row naming the required columns in any order; several
 * values of a cell on lines of their own. Each row carries the physical line it starts on.
 * Malformed quoting or bad UTF-8 ends the file with an error at its line.
 */
public final class ParticipantCsv implements Closeable {

    /** The columns every file has, as PRODUCT.md names them. */
    public static final List<String> REQUIRED_COLUMNS = List.of("ID", "Email", "First name", "Last name", "Mobile");

    /** RFC 4180; blank lines are kept as records so that every record's line is known, and skipped here. */
    private static final CSVFormat FORMAT =
            CSVFormat.RFC4180.builder().setIgnoreEmptyLines(false).get();

    /** One line of the file: a valid row, or the problems of the row starting there. */
    public record Line(ParticipantRow row, List<CsvError> errors) {}

    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private final List<CsvError> headerErrors = new ArrayList<>();
    private final CsvHeader header;
    private final RowReader rows;
    private boolean ended;
    /** The record last read and the line it starts on. */
    private List<String> values;

    private long startLine;

    private ParticipantCsv(CSVParser parser, List<FieldRule> fields) throws IOException {
        this.parser = parser;
        this.records = parser.iterator();
        Line first = record();
        if (first != null && !first.errors().isEmpty()) {
            headerErrors.addAll(first.errors());
            header = null;
        } else if (first == null || blank()) {
            headerErrors.add(new CsvError(
                    1,
                    "the first line must be the header row naming the columns " + String.join(", ", REQUIRED_COLUMNS)));
            header = null;
        } else {
            header = CsvHeader.of(values, fields, headerErrors);
        }
        rows = header == null ? null : new RowReader(header);
        ended = header == null;
    }

    /** Opens the file; close it after reading. */
    public static ParticipantCsv open(Path file, List<FieldRule> fields) throws IOException {
        CSVParser parser = CSVParser.builder()
                .setReader(new StrictUtf8Reader(Files.newInputStream(file)))
                .setFormat(FORMAT)
                .get();
        try {
            return new ParticipantCsv(parser, fields);
        } catch (IOException | RuntimeException e) {
            parser.close();
            throw e;
        }
    }

    /** The problems of the header row; when there are any, the file has no rows. */
    public List<CsvError> headerErrors() {
        return List.copyOf(headerErrors);
    }

    /** The workspace's profile fields that have a column in this file, by their names. */
    public List<String> importedFields() {
        return header == null ? List.of() : header.importedFields();
    }

    /** The next row or its problems; null at the end of the file. Blank lines are skipped. */
    public Line next() throws IOException {
        while (!ended) {
            Line line = record();
            if (line == null) {
                ended = true;
            } else if (!line.errors().isEmpty()) {
                return line;
            } else if (!blank()) {
                List<CsvError> errors = new ArrayList<>(1);
                ParticipantRow row = rows.read(startLine, values, errors);
                return new Line(row, errors);
            }
        }
        return null;
    }

    /**
     * Reads the next record into {@link #values} and {@link #startLine}: an empty line for a
     * record, null at the end, or a line with the error that ends the file.
     */
    private Line record() throws IOException {
        startLine = parser.getCurrentLineNumber() + 1;
        try {
            if (!records.hasNext()) {
                return null;
            }
            values = records.next().toList();
            return new Line(null, List.of());
        } catch (UncheckedIOException e) {
            ended = true;
            IOException cause = e.getCause();
            if (cause instanceof StrictUtf8Reader.BadEncoding bad) {
                return new Line(null, List.of(new CsvError(bad.line(), "not valid UTF-8 text")));
            }
            if (cause instanceof CSVException) {
                return new Line(null, List.of(new CsvError(startLine, quotingProblem(cause))));
            }
            throw cause;
        }
    }

    private boolean blank() {
        return values.size() == 1 && values.get(0).isBlank();
    }

    /** The parser's complaint in the file format's terms. */
    private static String quotingProblem(IOException cause) {
        String message = String.valueOf(cause.getMessage());
        if (message.contains("EOF")) {
            return "malformed quoting: a quoted value is not closed before the end of the file";
        }
        if (message.contains("encapsulated token and delimiter")) {
            return "malformed quoting: a quoted value is followed by other characters"
                    + " (a \" inside a quoted value is written \"\")";
        }
        return "malformed quoting";
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }
}
