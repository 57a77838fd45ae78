package org.scimspace.workspace.event;

/**
 * A workspace and its memberships are gone, inside the deleting transaction: components
 * that keep something for a workspace's members remove what nobody needs any more.
 */
public record WorkspaceDeleted(String tenantId, String workspaceId) {}
