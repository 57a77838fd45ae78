/**
 * Workspaces, their group limits, members and profile fields, and the membership rules of
 * PRODUCT.md 3–8 (a remote source's listing is a third reason of rule 5, next to the groups
 * and "added by hand").
 * Reacts to the directory's events inside the SCIM transaction. Reads the directory's
 * group, membership and user tables in set-based SQL (WorkspaceSync) because a workspace
 * following a 100,000-member group cannot be maintained one entity at a time; it never
 * writes them.
 */
package org.scimspace.workspace;
