package org.scimspace.remotesource.boundary;

import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

/**
 * Starts the connections that are due, every minute. The timer is not persistent: every
 * server instance has its own, and the database lease lets exactly one of them start a given
 * run. The runs themselves go on in the background, so one slow server delays no other.
 */
@Stateless
public class SyncScheduler {

    /** The actor of scheduled runs in the provisioning log. */
    public static final String ACTOR = "schedule";

    @Inject
    SyncRunner runner;

    @Schedule(hour = "*", minute = "*", persistent = false)
    void startDue() {
        runner.startDue();
    }
}
