package org.scimspace.workspace.control;

/** The member after a manual add, and whether the membership is new. */
public record MemberAdded(MemberView member, boolean created) {}
