/** Events the workspace component fires for other components, synchronously inside its transaction. */
package org.scimspace.workspace.event;
