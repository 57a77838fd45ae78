package org.scimspace.remotesource.sync;

import java.nio.file.Path;

/**
 * One sync of a workspace from a CSV file already fetched to local disk.
 *
 * @param tenantId the account
 * @param workspaceId the connected workspace
 * @param sourceId the remote source's id: prefix of every synced user's external id
 * @param path the file's path on the source, as the connection named it when the run began
 * @param file the fetched CSV file, read (possibly twice) but never changed
 * @param dryRun when true, validates and counts but changes nothing
 * @param actor who asked for it, for the provisioning log ("schedule" or "console:login" ...)
 */
public record SyncRequest(
        String tenantId, String workspaceId, String sourceId, String path, Path file, boolean dryRun, String actor) {}
