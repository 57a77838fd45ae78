package org.scimspace.remotesource.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading participants files: the format of PRODUCT.md, and every row-level problem at its physical line. */
class ParticipantCsvTest {

    private static final FieldRule COMPANY = FieldRule.text("Company");
    private static final FieldRule INTERESTS = FieldRule.choice("Interests", List.of("Mathematics", "Poetry", "Music"));
    private static final List<FieldRule> FIELDS = List.of(COMPANY, INTERESTS);

    @TempDir
    Path dir;

    /** A member register export as a spreadsheet writes it: quotes, commas and line breaks inside fields. */
    @Test
    void readsQuotedValuesWithCommasEscapedQuotesAndLineBreaks() throws IOException {
        List<ParticipantRow> rows = rows(
                """
                ID,Email,First name,Last name,Mobile,Company,Interests,Shoe size
                12345,ada@contoso.example,Ada,"Lovelace, Countess of","+44 20 7946 0018","ACME ""Analytical"" Engines, Ltd.","Mathematics
                Poetry",38
                12346,"charles@contoso.example","Charles","Babbage",,,,
                """);
        assertEquals(2, rows.size());
        ParticipantRow ada = rows.get(0);
        assertEquals(2, ada.line());
        assertEquals("12345", ada.id());
        assertEquals("ada@contoso.example", ada.email());
        assertEquals("Ada", ada.firstName());
        assertEquals("Lovelace, Countess of", ada.lastName());
        assertEquals("+44 20 7946 0018", ada.mobile());
        assertEquals(
                Map.of(
                        "Company",
                        List.of("ACME \"Analytical\" Engines, Ltd."),
                        "Interests",
                        List.of("Mathematics", "Poetry")),
                ada.profile());
        ParticipantRow charles = rows.get(1);
        assertEquals(4, charles.line(), "the physical line, after a value spanning two lines");
        assertNull(charles.mobile());
        assertEquals("Babbage", charles.lastName());
        assertEquals(Map.of("Company", List.of(), "Interests", List.of()), charles.profile());
    }

    @Test
    void severalValuesOfACellAreItsLinesInAnyLineEndingAndCase() throws IOException {
        ParticipantRow row = rows("ID,Email,First name,Last name,Mobile,Interests\r\n"
                        + "7,a@b.example,A,B,\"+1 555 0100\r\n+1 555 0101\",\"music\r\n\r\n  POETRY \nMusic\"\r\n")
                .get(0);
        assertEquals(
                List.of("Poetry", "Music"),
                row.profile().get("Interests"),
                "each once, in the field's spelling and order: a choice is a set");
        assertEquals("+1 555 0100\n+1 555 0101", row.mobile());
    }

    @Test
    void toleratesAByteOrderMark() throws IOException {
        byte[] text = "ID,Email,First name,Last name,Mobile\n1,a@b.example,,,\n".getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        bytes.write(text);
        List<ParticipantRow> rows = rows(bytes.toByteArray());
        assertEquals("1", rows.get(0).id(), "the mark is not part of the first column's name");
    }

    @Test
    void columnsMayComeInAnyOrderNamedInAnyCaseWithSpaces() throws IOException {
        ParticipantRow row =
                rows("""
                        " mobile ",LAST NAME,company , email,Id,first Name
                        +1 555 0100,Hopper,Navy,grace@contoso.example,42,Grace
                        """)
                        .get(0);
        assertEquals(
                new ParticipantRow(
                        2,
                        "42",
                        "grace@contoso.example",
                        "Grace",
                        "Hopper",
                        "+1 555 0100",
                        Map.of("Company", List.of("Navy"))),
                row);
    }

    @Test
    void blankLinesAreSkippedAndLinesStayPhysical() throws IOException {
        List<ParticipantRow> rows =
                rows("ID,Email,First name,Last name,Mobile\n\n1,a@b.example,,,\n\n\n2,c@d.example,,,\n\n");
        assertEquals(List.of(3L, 6L), rows.stream().map(ParticipantRow::line).toList());
    }

    @Test
    void aMissingRequiredColumnIsAnErrorOfTheHeader() throws IOException {
        assertEquals(
                List.of("line 1: required column 'ID' is missing", "line 1: required column 'Mobile' is missing"),
                errors("Email,First name,Last name,Company\na@b.example,,,\n"));
        assertEquals(
                List.of("line 1: column 'email' appears more than once"),
                errors("ID,Email,First name,Last name,Mobile,email\n"));
        assertEquals(
                List.of("line 1: the first line must be the header row naming the columns ID, Email, First name,"
                        + " Last name, Mobile"),
                errors(""));
        assertEquals(1, errors("\nID,Email,First name,Last name,Mobile\n").size());
    }

    @Test
    void everyRowProblemNamesItsLine() throws IOException {
        assertEquals(
                List.of(
                        "line 3: duplicate ID '1' (first on line 2)",
                        "line 4: duplicate email 'A@B.example' (first on line 2)",
                        "line 5: 'not-an-address' is not a valid email address",
                        "line 6: the ID is empty",
                        "line 7: the email address is empty",
                        "line 8: 4 fields where the header row has 6 columns",
                        "line 9: 'Dance' is not an allowed value of Interests (allowed: Mathematics, Poetry, Music)",
                        "line 11: ID must be one value, not several lines"),
                errors(
                        """
                        ID,Email,First name,Last name,Mobile,Interests
                        1,a@b.example,,,,
                        1,c@d.example,,,,
                        2,A@B.example,,,,
                        3,not-an-address,,,,
                        "  ",e@f.example,,,,
                        4,,,,,
                        5,g@h.example,,
                        6,i@j.example,,,,"Music
                        Dance"
                        "7
                        8",k@l.example,,,,
                        9,m@n.example,,,,Poetry
                        """));
    }

    @Test
    void malformedQuotingEndsTheFileAtTheRowsLine() throws IOException {
        assertEquals(
                List.of("line 3: malformed quoting: a quoted value is followed by other characters"
                        + " (a \" inside a quoted value is written \"\")"),
                errors("ID,Email,First name,Last name,Mobile\n1,a@b.example,,,\n2,c@d.example,\"Ada\"x,,\n3,e@f,,,\n"));
        assertEquals(
                List.of("line 3: malformed quoting: a quoted value is not closed before the end of the file"),
                errors(
                        "ID,Email,First name,Last name,Mobile\n1,a@b.example,,,\n2,c@d.example,\"Ada,,\n3,e@f.example,,,\n"));
    }

    @Test
    void badUtf8NamesThePhysicalLineOfTheBadBytesAfterTheRowsAboveIt() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.write(
                "ID,Email,First name,Last name,Mobile\n1,a@b.example,Ada,,\"+1 555 0100\n+1 555 0101\"\n1,c@d.example,,,\n"
                        .getBytes(StandardCharsets.UTF_8));
        bytes.write("2,e@f.example,Jos".getBytes(StandardCharsets.UTF_8));
        bytes.write(new byte[] {(byte) 0xC3, (byte) 0x28}); // a lead byte without its continuation
        bytes.write("e,,\n3,g@h.example,,,\n".getBytes(StandardCharsets.UTF_8));
        assertEquals(
                List.of("line 4: duplicate ID '1' (first on line 2)", "line 5: not valid UTF-8 text"),
                errors(bytes.toByteArray()));
    }

    @Test
    void badUtf8FarBeyondTheParsersReadAheadAndAtTheVeryEnd() throws IOException {
        StringBuilder text = new StringBuilder("ID,Email,First name,Last name,Mobile\n");
        for (int i = 1; i <= 3000; i++) {
            text.append(i).append(",user").append(i).append("@contoso.example,First,Last,\n");
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.write(text.toString().getBytes(StandardCharsets.UTF_8));
        bytes.write(new byte[] {'x', ',', (byte) 0xE2, (byte) 0x82}); // truncated three-byte sequence at the end
        assertEquals(List.of("line 3002: not valid UTF-8 text"), errors(bytes.toByteArray()));
        byte[] overlong = "ID,Email,First name,Last name,Mobile\n1,a@b.example,\u00c0\u00af,,\n"
                .getBytes(StandardCharsets.ISO_8859_1);
        assertEquals(List.of("line 2: not valid UTF-8 text"), errors(overlong), "an overlong encoding of '/'");
    }

    @Test
    void keepsTheFirstHundredErrors() throws IOException {
        StringBuilder text = new StringBuilder("ID,Email,First name,Last name,Mobile\n");
        for (int i = 0; i < 250; i++) {
            text.append(i).append(",not-an-address,,,\n");
        }
        List<String> errors = errors(text.toString());
        assertEquals(100, errors.size());
        assertEquals("line 2: 'not-an-address' is not a valid email address", errors.get(0));
        assertEquals("line 101: 'not-an-address' is not a valid email address", errors.get(99));
    }

    @Test
    void longValuesAreRefused() throws IOException {
        String longId = "x".repeat(201);
        List<String> errors = errors("ID,Email,First name,Last name,Mobile,Company\n" + longId + ",a@b.example,,,,"
                + "y".repeat(2001) + "\n");
        assertEquals(
                List.of("line 2: ID is longer than 200 characters", "line 2: Company is longer than 2000 characters"),
                errors);
        assertTrue(errors("ID,Email,First name,Last name,Mobile\n1,a@b.example,,,\n")
                .isEmpty());
    }

    private List<ParticipantRow> rows(String text) throws IOException {
        return rows(text.getBytes(StandardCharsets.UTF_8));
    }

    private List<ParticipantRow> rows(byte[] bytes) throws IOException {
        Path file = write(bytes);
        assertEquals(List.of(), CsvValidation.validate(file, FIELDS).errors());
        List<ParticipantRow> rows = new ArrayList<>();
        try (ParticipantCsv csv = ParticipantCsv.open(file, FIELDS)) {
            for (ParticipantCsv.Line line = csv.next(); line != null; line = csv.next()) {
                rows.add(line.row());
            }
        }
        return rows;
    }

    private List<String> errors(String text) throws IOException {
        return errors(text.getBytes(StandardCharsets.UTF_8));
    }

    private List<String> errors(byte[] bytes) throws IOException {
        return CsvValidation.validate(write(bytes), FIELDS).errors().stream()
                .map(CsvError::toString)
                .toList();
    }

    private Path write(byte[] bytes) throws IOException {
        Path file = Files.createTempFile(dir, "participants", ".csv");
        Files.write(file, bytes);
        return file;
    }
}
