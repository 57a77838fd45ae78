package org.scimspace.database.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;

import java.util.logging.Level;
import java.util.logging.Logger;

import javax.sql.DataSource;

import org.flywaydb.core.api.output.MigrateResult;
import org.scimspace.database.control.Migrations;

/**
 * Brings the database schema to the version this release needs, at deployment and before
 * any other bean touches the database. A failed migration fails the deployment: the
 * application never runs on a schema it does not know. Several servers starting at once on
 * one database take turns (Flyway locks its history table). Bean-managed transactions,
 * because Flyway commits each migration itself.
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class SchemaMigration {

    private static final Logger LOG = Logger.getLogger(SchemaMigration.class.getName());

    @Resource(lookup = "jdbc/scimspace")
    DataSource dataSource;

    @PostConstruct
    void migrate() {
        MigrateResult result;
        try {
            result = Migrations.flyway(dataSource).migrate();
        } catch (RuntimeException e) {
            LOG.log(
                    Level.SEVERE,
                    "Scimspace does not start: the database schema could not be migrated. The database is left"
                            + " as the failed step left it (PostgreSQL rolls the step back, H2 may not);"
                            + " see the cause below.",
                    e);
            throw new IllegalStateException("Database schema migration failed: " + e.getMessage(), e);
        }
        String version = result.targetSchemaVersion != null ? result.targetSchemaVersion : result.initialSchemaVersion;
        LOG.info(() -> "Database schema at version " + version + " (" + result.databaseType + "): "
                + result.migrationsExecuted + " migrations applied, "
                + (result.initialSchemaVersion == null
                        ? "starting from an empty database."
                        : "starting from version " + result.initialSchemaVersion + "."));
    }
}
