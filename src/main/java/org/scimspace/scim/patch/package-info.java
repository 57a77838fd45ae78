/**
 * The SCIM PATCH engine (RFC 7644 §3.5.2): applies a PatchOp request to a resource's
 * canonical tree and returns a new tree, all operations or none. It owns op parsing, path
 * resolution against the schema, in-memory value filters on one resource's multi-valued
 * attributes and Entra's PATCH habits (creating the element a value filter names, removing
 * members by value). Group members are too many for a tree: {@code GroupPatchPlanner} splits
 * a group request into member changes by id, run by the caller in storage, and the operations
 * left for the engine. It knows resource types only through {@code org.scimspace.scim.schema};
 * it must not touch persistence or {@code jakarta.*}, and gets path parsing injected
 * through {@link org.scimspace.scim.patch.PathSyntax}.
 */
package org.scimspace.scim.patch;
