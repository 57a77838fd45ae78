package org.scimspace.directory.boundary;

/** A user as lists show it. */
public record UserSummary(String id, String userName, String displayName, boolean active) {}
