/**
 * Care of the database itself, apart from any component's data: keeps the embedded H2 file
 * from growing without bound, and tells components which database the server runs on (for
 * the rare setting one of them needs on PostgreSQL only). Touches no table.
 */
package org.scimspace.storage;
