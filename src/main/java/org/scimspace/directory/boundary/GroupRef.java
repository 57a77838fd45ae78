package org.scimspace.directory.boundary;

/** A group a user is a direct member of: its id and displayName. */
public record GroupRef(String id, String displayName) {}
