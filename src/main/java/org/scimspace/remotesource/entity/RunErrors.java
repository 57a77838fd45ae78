package org.scimspace.remotesource.entity;

import java.util.ArrayList;
import java.util.List;

/**
 * A run's error lines in one column: the first {@link SyncRun#MAX_ERRORS}, each on one line
 * and cut to {@link SyncRun#ERROR_LINE_LENGTH}, so that whatever a file or a server says fits.
 */
final class RunErrors {

    private RunErrors() {}

    static String join(List<String> lines) {
        if (lines == null || lines.isEmpty()) {
            return null;
        }
        List<String> kept = new ArrayList<>();
        for (String line : lines.subList(0, Math.min(lines.size(), SyncRun.MAX_ERRORS))) {
            String flat =
                    line == null ? "" : line.replaceAll("[\\r\\n\\t]+", " ").strip();
            kept.add(flat.length() > SyncRun.ERROR_LINE_LENGTH ? flat.substring(0, SyncRun.ERROR_LINE_LENGTH) : flat);
        }
        return String.join("\n", kept);
    }

    static List<String> split(String stored) {
        return stored == null ? List.of() : List.of(stored.split("\n", -1));
    }
}
