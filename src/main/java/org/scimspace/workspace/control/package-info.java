/** The membership rules below the services: set-based SQL over a workspace's members. */
package org.scimspace.workspace.control;
