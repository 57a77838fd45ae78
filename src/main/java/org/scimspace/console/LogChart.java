package org.scimspace.console;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.scimspace.audit.LogBucket;

/**
 * A bar chart of log buckets as plain numbers and texts for an inline SVG: per bucket a
 * stacked bar of changes (below) and errors (on top), and a few axis labels. The page writes
 * the SVG elements, so every text is escaped like any other output; no script draws it.
 */
public final class LogChart {

    public static final int WIDTH = 720;
    public static final int HEIGHT = 180;
    static final int LEFT = 40;
    static final int TOP = 10;
    static final int BOTTOM = 150;

    /** One rectangle: coordinates as SVG attribute texts, and its CSS class. */
    public record Bar(String x, String y, String width, String height, String css) {}

    /** One bucket: its tooltip and its (zero to two) bars. */
    public record Column(String title, List<Bar> bars) {}

    /** A label under the x axis. */
    public record Label(String x, String text) {}

    private final List<Column> columns = new ArrayList<>();
    private final List<Label> labels = new ArrayList<>();
    private final long max;
    private final long changes;
    private final long errors;

    /**
     * @param labelFormat how a bucket's start is written in labels and tooltips
     * @param labelEvery  every how many buckets the x axis gets a label
     */
    public LogChart(List<LogBucket> buckets, DateTimeFormatter labelFormat, int labelEvery) {
        DateTimeFormatter format = labelFormat.withZone(ZoneOffset.UTC);
        this.max =
                Math.max(1, buckets.stream().mapToLong(LogBucket::total).max().orElse(0));
        this.changes = buckets.stream().mapToLong(LogBucket::changes).sum();
        this.errors = buckets.stream().mapToLong(LogBucket::errors).sum();
        double slot = (WIDTH - LEFT) / (double) Math.max(1, buckets.size());
        double barWidth = Math.max(1, slot * 0.75);
        for (int i = 0; i < buckets.size(); i++) {
            LogBucket bucket = buckets.get(i);
            double x = LEFT + i * slot + (slot - barWidth) / 2;
            double changesHeight = height(bucket.changes());
            double errorsHeight = height(bucket.errors());
            List<Bar> bars = new ArrayList<>();
            if (bucket.changes() > 0) {
                bars.add(bar(x, BOTTOM - changesHeight, barWidth, changesHeight, "ok"));
            }
            if (bucket.errors() > 0) {
                bars.add(bar(x, BOTTOM - changesHeight - errorsHeight, barWidth, errorsHeight, "bad"));
            }
            columns.add(new Column(title(format, bucket.start(), bucket), bars));
            if (i % labelEvery == 0) {
                labels.add(new Label(number(LEFT + i * slot), format.format(bucket.start())));
            }
        }
    }

    private double height(long count) {
        return count == 0 ? 0 : Math.max(1, (BOTTOM - TOP) * (double) count / max);
    }

    private static Bar bar(double x, double y, double width, double height, String css) {
        return new Bar(number(x), number(y), number(width), number(height), css);
    }

    private static String title(DateTimeFormatter format, Instant start, LogBucket bucket) {
        return format.format(start) + " UTC: " + bucket.changes() + (bucket.changes() == 1 ? " change, " : " changes, ")
                + bucket.errors() + (bucket.errors() == 1 ? " error" : " errors");
    }

    /** Locale-independent, so that no decimal comma reaches an SVG attribute. */
    static String number(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    public List<Column> getColumns() {
        return columns;
    }

    public List<Label> getLabels() {
        return labels;
    }

    public long getMax() {
        return max;
    }

    public long getChanges() {
        return changes;
    }

    public long getErrors() {
        return errors;
    }

    public int getWidth() {
        return WIDTH;
    }

    public int getHeight() {
        return HEIGHT;
    }

    public int getLeft() {
        return LEFT;
    }

    public int getTop() {
        return TOP;
    }

    public int getBottom() {
        return BOTTOM;
    }

    /** Where the x-axis labels sit. */
    public int getLabelY() {
        return BOTTOM + 18;
    }
}
