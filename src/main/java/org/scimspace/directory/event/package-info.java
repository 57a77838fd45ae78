/**
 * What the directory tells other components, as CDI events fired synchronously inside the
 * transaction of the change: an observer's work commits or rolls back with it.
 */
package org.scimspace.directory.event;
