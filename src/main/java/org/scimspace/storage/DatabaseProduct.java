package org.scimspace.storage;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

/** Which database the server runs on, read once from a connection of the pool. */
@ApplicationScoped
public class DatabaseProduct {

    @Resource(lookup = "jdbc/scimspace")
    DataSource dataSource;

    private volatile Boolean postgres;

    /** Whether the database is PostgreSQL; asks again after the database could not be reached. */
    public boolean isPostgres() {
        Boolean known = postgres;
        if (known == null) {
            try (Connection connection = dataSource.getConnection()) {
                known = "PostgreSQL".equals(connection.getMetaData().getDatabaseProductName());
            } catch (SQLException e) {
                throw new IllegalStateException("Could not tell which database the pool connects to", e);
            }
            postgres = known;
        }
        return known;
    }
}
