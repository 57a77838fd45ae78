package org.scimspace.remotesource.control;

import java.time.Instant;
import java.util.List;

import org.scimspace.remotesource.entity.RunOutcome;
import org.scimspace.remotesource.entity.RunTrigger;
import org.scimspace.remotesource.entity.SyncRun;

/** A sync run as shown. */
public record RunView(
        String id,
        String workspaceId,
        String sourceId,
        RunTrigger trigger,
        String actor,
        Instant started,
        Instant ended,
        RunOutcome outcome,
        boolean dryRun,
        int created,
        int updated,
        int removed,
        int unchanged,
        List<String> errors) {

    public static RunView of(SyncRun run) {
        return new RunView(
                run.getId(),
                run.getWorkspaceId(),
                run.getSourceId(),
                run.getTrigger(),
                run.getActor(),
                run.getStarted(),
                run.getEnded(),
                run.getOutcome(),
                run.isDryRun(),
                run.getCreatedCount(),
                run.getUpdatedCount(),
                run.getRemovedCount(),
                run.getUnchangedCount(),
                run.getErrors());
    }

    public boolean running() {
        return outcome == RunOutcome.RUNNING;
    }
}
