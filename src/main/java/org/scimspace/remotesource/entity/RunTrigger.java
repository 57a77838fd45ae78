package org.scimspace.remotesource.entity;

/** What started a sync run. */
public enum RunTrigger {
    /** The connection's schedule. */
    SCHEDULE,
    /** "Sync now", in the console or the management API. */
    MANUAL
}
