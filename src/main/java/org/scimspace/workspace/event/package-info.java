/** Events the workspace component fires for others; plain records, observed synchronously. */
package org.scimspace.workspace.event;
