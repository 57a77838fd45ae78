package org.scimspace.database;

import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;

import java.util.Map;

import org.h2.jdbcx.JdbcDataSource;
import org.scimspace.database.control.Migrations;

/**
 * The in-memory H2 database of the plain tests' unit {@code scimspace-test}, with the schema
 * the migrations create, as in the server. Each factory starts from an empty database, as it
 * did when the unit generated its tables with drop-and-create.
 */
public final class TestDatabase {

    private static final String URL = "jdbc:h2:mem:translator;DB_CLOSE_DELAY=-1";

    private TestDatabase() {}

    public static synchronized EntityManagerFactory entityManagerFactory() {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL(URL);
        dataSource.setUser("sa");
        dataSource.setPassword("");
        Migrations.configuration(dataSource).cleanDisabled(false).load().clean();
        Migrations.flyway(dataSource).migrate();
        return Persistence.createEntityManagerFactory(
                "scimspace-test",
                Map.of(
                        "jakarta.persistence.jdbc.url", URL,
                        "jakarta.persistence.jdbc.user", "sa",
                        "jakarta.persistence.jdbc.password", ""));
    }
}
