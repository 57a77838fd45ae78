package org.scimspace.console;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.scimspace.audit.LogBucket;

class LogChartTest {

    private static final Instant START = Instant.parse("2026-03-01T10:00:00Z");
    private static final DateTimeFormatter HOURS = DateTimeFormatter.ofPattern("MM-dd HH:00", Locale.ROOT);

    @Test
    void stacksErrorsOnChangesScaledToTheHighestBucket() {
        LogChart chart = new LogChart(
                List.of(
                        new LogBucket(START, 3, 1),
                        new LogBucket(START.plusSeconds(3600), 0, 0),
                        new LogBucket(START.plusSeconds(7200), 2, 0)),
                HOURS,
                2);

        assertEquals(4, chart.getMax());
        assertEquals(5, chart.getChanges());
        assertEquals(1, chart.getErrors());
        List<LogChart.Column> columns = chart.getColumns();
        assertEquals(3, columns.size());
        LogChart.Bar changes = columns.get(0).bars().get(0);
        LogChart.Bar errors = columns.get(0).bars().get(1);
        assertEquals("ok", changes.css());
        assertEquals("bad", errors.css());
        double plot = LogChart.BOTTOM - LogChart.TOP;
        assertEquals(LogChart.number(plot * 3 / 4), changes.height());
        assertEquals(LogChart.number(LogChart.BOTTOM - plot * 3 / 4), changes.y());
        assertEquals(LogChart.number(LogChart.BOTTOM - plot), errors.y(), "the errors sit on top of the changes");
        assertEquals(List.of(), columns.get(1).bars(), "an empty hour draws nothing");
        assertEquals("03-01 10:00 UTC: 3 changes, 1 error", columns.get(0).title());
        assertEquals(
                List.of("03-01 10:00", "03-01 12:00"),
                chart.getLabels().stream().map(LogChart.Label::text).toList());
    }

    @Test
    void anEmptyLogHasAScaleOfOneAndNoBars() {
        LogChart chart = new LogChart(List.of(new LogBucket(START, 0, 0)), HOURS, 6);

        assertEquals(1, chart.getMax());
        assertEquals(List.of(), chart.getColumns().get(0).bars());
    }

    @Test
    void numbersNeverUseADecimalComma() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMANY);
            assertEquals("12.5", LogChart.number(12.5));
        } finally {
            Locale.setDefault(before);
        }
    }
}
