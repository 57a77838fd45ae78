package org.scimspace.remotesource.control;

/**
 * A run that holds its connection's lease and has yet to fetch and sync: everything the
 * work needs, read when the lease was taken.
 */
public record RunTicket(
        String runId,
        String tenantId,
        String workspaceId,
        String sourceId,
        String path,
        boolean dryRun,
        String actor) {}
