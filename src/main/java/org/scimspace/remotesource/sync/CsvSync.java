package org.scimspace.remotesource.sync;

import jakarta.ejb.Stateless;

/**
 * Makes a workspace's participants synced from one remote source match a CSV file, all or
 * nothing, in the caller's transaction (or a new one).
 */
@Stateless
public class CsvSync {

    /** Validates the whole file, then (unless a dry run) applies it. Never throws for bad files. */
    public SyncOutcome sync(SyncRequest request) {
        throw new UnsupportedOperationException("CSV sync is being built in issue 7");
    }
}
