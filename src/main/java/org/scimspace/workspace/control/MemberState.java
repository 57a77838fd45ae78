package org.scimspace.workspace.control;

/** Two of the reasons a user is a member of a workspace; the third, a limit group, is read from the directory. */
public record MemberState(boolean manual, boolean synced) {}
