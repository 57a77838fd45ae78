/**
 * Workspaces, their group limits and members, and the membership rules of PRODUCT.md 3–8.
 * Reacts to the directory's events inside the SCIM transaction. Reads the directory's
 * group, membership and user tables in set-based SQL (WorkspaceSync) because a workspace
 * following a 100,000-member group cannot be maintained one entity at a time; it never
 * writes them.
 */
package org.scimspace.workspace;
