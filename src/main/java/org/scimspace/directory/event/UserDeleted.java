package org.scimspace.directory.event;

/** A user is gone, removed from all its groups in the same transaction. */
public record UserDeleted(String tenantId, String userId) {}
