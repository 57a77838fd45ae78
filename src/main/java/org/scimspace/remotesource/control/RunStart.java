package org.scimspace.remotesource.control;

/**
 * Whether a run could start: the ticket of the new run, or the run already holding the
 * connection (null when none is known, e.g. a scheduled run that is no longer due).
 */
public record RunStart(RunTicket ticket, RunView blocking) {

    public static RunStart started(RunTicket ticket) {
        return new RunStart(ticket, null);
    }

    public static RunStart blocked(RunView blocking) {
        return new RunStart(null, blocking);
    }

    public boolean isStarted() {
        return ticket != null;
    }
}
