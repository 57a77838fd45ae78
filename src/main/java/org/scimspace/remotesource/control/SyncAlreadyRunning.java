package org.scimspace.remotesource.control;

import org.scimspace.common.ServiceException;

/** "Sync now" while a run of the same connection is going: a conflict that names that run. */
public class SyncAlreadyRunning extends ServiceException {

    private static final long serialVersionUID = 1L;

    private final transient RunView running;

    public SyncAlreadyRunning(RunView running) {
        super(
                Kind.CONFLICT,
                null,
                "A sync of this workspace is running already; it started at "
                        + (running == null ? "an unknown time" : running.started()) + ".");
        this.running = running;
    }

    /** The run in the way, or null when it ended meanwhile. */
    public RunView running() {
        return running;
    }
}
