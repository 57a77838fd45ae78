package org.scimspace.remotesource.control;

import java.time.Instant;

/**
 * A workspace's connection as shown, with its latest run.
 *
 * @param nextRun when the scheduler starts the next run; null when only on demand
 * @param latestRun the newest run (running or not), or null before the first
 */
public record ConnectionView(
        String workspaceId,
        String sourceId,
        String sourceName,
        String path,
        int intervalMinutes,
        Instant nextRun,
        RunView latestRun,
        Instant created,
        Instant updated) {

    public boolean running() {
        return latestRun != null && latestRun.running();
    }
}
