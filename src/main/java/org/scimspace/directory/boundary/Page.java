package org.scimspace.directory.boundary;

import java.util.List;

/** One page of a search and the number of all matches. */
public record Page<T>(long total, List<T> items) {}
