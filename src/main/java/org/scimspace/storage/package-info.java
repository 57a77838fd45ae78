/**
 * Care of the database itself, apart from any component's data: keeps the embedded H2 file
 * from growing without bound. Touches no table.
 */
package org.scimspace.storage;
