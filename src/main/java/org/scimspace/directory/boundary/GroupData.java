package org.scimspace.directory.boundary;

/** A group's attributes as stored, members apart: indexed fields and the JSON document. */
public record GroupData(String displayName, String externalId, String document) {}
