/**
 * Applying a validated participants file to a workspace (CsvSync, RemoteSync): the remote
 * sources' own users (RemoteUser) are written here; memberships and profile values only
 * through the workspace component's controls (SyncedMemberships, ProfileValues), so that
 * product rule 5 stays in one place. Reads the directory's user tables and the invitees to
 * link a row to a person who exists already, and never writes them.
 */
package org.scimspace.remotesource.sync;
