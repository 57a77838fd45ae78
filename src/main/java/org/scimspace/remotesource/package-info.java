/**
 * Remote source sync (PRODUCT.md "Remote source sync"): SFTP sources of an account, the
 * workspaces connected to them, their schedules and runs. Fetches the file and hands it to
 * {@link org.scimspace.remotesource.sync.CsvSync}, which makes the workspace's synced
 * participants match it. Never touches users that came from SCIM, invitations or another
 * source.
 */
package org.scimspace.remotesource;
