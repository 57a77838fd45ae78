package org.scimspace.directory.event;

/**
 * A group's externalId (the Entra object ID that workspace limits name) was set or changed,
 * also when a group arrives with one. {@code oldExternalId} is null for a new group.
 */
public record GroupExternalIdChanged(String tenantId, String groupId, String oldExternalId, String newExternalId) {}
