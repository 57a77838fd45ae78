package org.scimspace.database;

import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;

import java.util.Map;

import javax.sql.DataSource;

import org.scimspace.database.control.Migrations;

/**
 * The database of the plain tests' unit {@code scimspace-test}, with the schema the
 * migrations create, as in the server: an in-memory H2, or, in the build's second run of the
 * plain tests ({@code test.database=postgresql}, profile {@code postgresql}), a PostgreSQL
 * database of this JVM, dropped when it exits. Each factory starts from an empty database, as
 * it did when the unit generated its tables with drop-and-create.
 */
public final class TestDatabase {

    private static ScratchDatabase database;

    private TestDatabase() {}

    public static synchronized EntityManagerFactory entityManagerFactory() {
        ScratchDatabase target = database();
        DataSource dataSource = target.dataSource();
        Migrations.configuration(dataSource).cleanDisabled(false).load().clean();
        Migrations.flyway(dataSource).migrate();
        return Persistence.createEntityManagerFactory(
                "scimspace-test",
                Map.of(
                        "jakarta.persistence.jdbc.driver", driver(target),
                        "jakarta.persistence.jdbc.url", target.url(),
                        "jakarta.persistence.jdbc.user", target.user(),
                        "jakarta.persistence.jdbc.password", target.password()));
    }

    /** Which database the plain tests of this JVM run on. */
    public static ScratchDatabase.Kind kind() {
        return "postgresql".equals(System.getProperty("test.database"))
                ? ScratchDatabase.Kind.POSTGRESQL
                : ScratchDatabase.Kind.H2;
    }

    private static ScratchDatabase database() {
        if (database == null) {
            ScratchDatabase created = ScratchDatabase.create(kind());
            Runtime.getRuntime().addShutdownHook(new Thread(created::close));
            database = created;
        }
        return database;
    }

    private static String driver(ScratchDatabase target) {
        return target.kind() == ScratchDatabase.Kind.H2 ? "org.h2.Driver" : "org.postgresql.Driver";
    }
}
