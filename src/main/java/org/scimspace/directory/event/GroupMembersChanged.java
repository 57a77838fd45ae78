package org.scimspace.directory.event;

import java.util.List;

/**
 * Users joined or left a group, inside the transaction that changed the membership. Only user
 * members are listed: nested groups grant nothing in workspaces. {@code externalId} is the
 * group's (the Entra object ID that workspace limits name), or null.
 */
public record GroupMembersChanged(
        String tenantId, String groupId, String externalId, List<String> addedUserIds, List<String> removedUserIds) {

    public GroupMembersChanged {
        addedUserIds = List.copyOf(addedUserIds);
        removedUserIds = List.copyOf(removedUserIds);
    }

    public boolean isEmpty() {
        return addedUserIds.isEmpty() && removedUserIds.isEmpty();
    }
}
