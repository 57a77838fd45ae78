/** Directory logic below the services: membership changes of one group. */
package org.scimspace.directory.control;
