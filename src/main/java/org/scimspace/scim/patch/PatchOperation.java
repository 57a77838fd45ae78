package org.scimspace.scim.patch;

/**
 * One operation of a PatchOp request, checked for structure but not yet resolved, so a
 * caller can route some operations elsewhere (e.g. group members) before applying the rest.
 *
 * @param op    the operation
 * @param path  the path text, or {@code null} when the request gave none
 * @param value the raw JSON value, or {@code null}
 */
public record PatchOperation(PatchOp op, String path, Object value) {}
