package org.scimspace.directory.entity;

/** The user attributes kept as indexed columns. */
public record UserFields(String userName, String externalId, String displayName, boolean active) {}
