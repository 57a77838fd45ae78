package org.scimspace.remotesource.entity;

/** Where a sync run stands. */
public enum RunOutcome {
    RUNNING,
    SUCCEEDED,
    FAILED
}
