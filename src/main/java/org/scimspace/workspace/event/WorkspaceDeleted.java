package org.scimspace.workspace.event;

/**
 * A workspace was deleted, fired inside the deleting transaction: components that keep data
 * about a workspace remove theirs with it.
 */
public record WorkspaceDeleted(String tenantId, String workspaceId) {}
