package org.scimspace.directory.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.scimspace.common.Ids;
import org.scimspace.database.ScratchDatabase;
import org.scimspace.database.TestDatabase;
import org.scimspace.directory.entity.UserFields;
import org.scimspace.directory.entity.UserValue;

/**
 * A change of a user stores exactly its new searchable values, and leaves the rows whose value
 * did not change as they were: on PostgreSQL the same row versions (their {@code xmin}).
 */
class UserValuesRewriteTest {

    private static final Instant HIRED = Instant.parse("2024-05-01T08:30:00.123456789Z");

    private final TestDirectory directory = TestDirectory.empty();

    @AfterEach
    void close() {
        directory.close();
    }

    @Test
    void aChangeWritesTheChangedNewAndRemovedValuesOnly() {
        String tenant = Ids.newId();
        UserFields fields = new UserFields("ada@example.org", null, "Ada", true);
        String id = directory.create(
                tenant,
                fields,
                "{}",
                List.of(
                        text("username", "ada@example.org"),
                        text("title", "Countess"),
                        new UserValue.Draft("urn:ext:level", 0, "", null, new BigDecimal("3"), null, null),
                        new UserValue.Draft("urn:ext:hired", 0, "", null, null, null, HIRED),
                        new UserValue.Draft("active", 0, "", null, null, true, null),
                        text("nickname", "Ada")),
                HIRED,
                HIRED);
        List<String> before = directory.valueRows(id);

        directory.modify(
                tenant,
                id,
                fields,
                List.of(
                        text("username", "ada@example.org"),
                        text("title", "Mathematician"),
                        // the same number and time as stored (NUMERIC(38, 10); microseconds)
                        new UserValue.Draft("urn:ext:level", 0, "", null, new BigDecimal("3.00"), null, null),
                        new UserValue.Draft("urn:ext:hired", 0, "", null, null, null, HIRED),
                        new UserValue.Draft("active", 0, "", null, null, true, null),
                        text("emails", "ada@example.org")));
        List<String> after = directory.valueRows(id);

        assertEquals(
                List.of(
                        "active/0/=TRUE",
                        "emails/0/=ada@example.org",
                        "title/0/=Mathematician",
                        "urn:ext:hired/0/=" + micros(HIRED),
                        "urn:ext:level/0/=3.0000000000",
                        "username/0/=ada@example.org"),
                after.stream()
                        .map(row -> row.replaceAll(" xmin .*", ""))
                        .map(row -> row.replace("=true", "=TRUE"))
                        .toList());
        if (TestDatabase.kind() == ScratchDatabase.Kind.POSTGRESQL) {
            List<String> unchanged = List.of("active/", "urn:ext:hired/", "urn:ext:level/", "username/");
            assertEquals(
                    before.stream()
                            .filter(row -> unchanged.stream().anyMatch(row::startsWith))
                            .toList(),
                    after.stream()
                            .filter(row -> unchanged.stream().anyMatch(row::startsWith))
                            .toList(),
                    "rows whose value did not change keep their row version");
        }
    }

    private static UserValue.Draft text(String attr, String value) {
        return new UserValue.Draft(attr, 0, "", value, null, null, null);
    }

    private static long micros(Instant instant) {
        return java.time.temporal.ChronoUnit.MICROS.between(Instant.EPOCH, instant);
    }
}
