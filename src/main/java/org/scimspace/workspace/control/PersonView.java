package org.scimspace.workspace.control;

/** Who joins or leaves in a limits preview. */
public record PersonView(String userId, String userName, String displayName) {}
