package org.scimspace.directory.boundary;

import org.scimspace.directory.entity.MemberType;

/** One member of a group as listed: id, type and the member's displayName (may be null). */
public record MemberRow(String id, MemberType type, String display) {}
