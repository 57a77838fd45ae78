/**
 * The admin console (Jakarta Faces): login, security headers, one backing bean per page.
 * Pages live under webapp/console; beans call the same services as the management API and
 * never touch entities.
 */
package org.scimspace.console;
