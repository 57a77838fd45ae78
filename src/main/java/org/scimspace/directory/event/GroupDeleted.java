package org.scimspace.directory.event;

/** A group is gone, and with it every membership it had. */
public record GroupDeleted(String tenantId, String groupId, String externalId) {}
