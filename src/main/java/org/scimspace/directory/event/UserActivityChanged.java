package org.scimspace.directory.event;

/** Entra deactivated ({@code active} false) or re-activated a user. */
public record UserActivityChanged(String tenantId, String userId, boolean active) {}
