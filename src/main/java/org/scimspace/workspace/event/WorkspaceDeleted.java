package org.scimspace.workspace.event;

/**
 * A workspace and its memberships are gone, fired inside the deleting transaction: components
 * that keep data about a workspace or its members remove theirs with it.
 */
public record WorkspaceDeleted(String tenantId, String workspaceId) {}
