package org.scimspace.workspace.event;

/**
 * A workspace is about to be deleted, fired inside the deleting transaction before the
 * workspace's row is locked: components whose locks come before the workspace's (a remote
 * source's, see {@code SyncLocks}) take them here, so that the deletion waits for their work
 * instead of removing what it is about to use.
 */
public record WorkspaceDeleting(String tenantId, String workspaceId) {}
