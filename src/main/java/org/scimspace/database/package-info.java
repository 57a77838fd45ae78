/**
 * The database schema: versioned migrations (Flyway) in {@code db/migration}, one set of SQL
 * scripts for H2 and PostgreSQL, applied at start-up by {@link
 * org.scimspace.database.boundary.SchemaMigration} before anything else touches the database.
 * Every table of every component is created and changed here, never by the JPA provider.
 * Start-up beans that use the database declare {@code @DependsOn("SchemaMigration")}. Owns no
 * entity and reads no component's tables.
 */
package org.scimspace.database;
