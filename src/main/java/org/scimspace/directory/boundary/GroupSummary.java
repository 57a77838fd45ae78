package org.scimspace.directory.boundary;

import java.time.Instant;

/** A group as a workspace limit shows it: name, size and when Entra last changed it. */
public record GroupSummary(String id, String externalId, String displayName, long memberCount, Instant lastModified) {}
