package org.scimspace.bench;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;

/**
 * A PostgreSQL database made for the run (and dropped after it) on a server the operator
 * names by the JDBC URL of a database there that the role may connect to, with a role that
 * may create databases. The server gets it the way {@code server-config/run.sh} gives it one:
 * the PostgreSQL post-boot file and the driver jar.
 */
final class PostgresDatabase implements BenchDatabase {

    private final String url;
    private final String user;
    private final String password;
    private final String name;
    private final Path postBoot;
    private final Path driverJar;
    private final String host;
    private final int port;
    private final String serverSettings;

    PostgresDatabase(String url, String user, String password, String name, Path postBoot, Path driverJar) {
        if (!name.matches("[a-z0-9_]+")) {
            throw new IllegalArgumentException("Not a plain database name: " + name);
        }
        if (!Files.isRegularFile(driverJar)) {
            throw new IllegalStateException(driverJar + " is missing: run through mvn -Pbench verify");
        }
        this.url = url;
        this.user = user;
        this.password = password;
        this.name = name;
        this.postBoot = postBoot;
        this.driverJar = driverJar;
        URI uri = URI.create(url.substring("jdbc:".length()));
        this.host = uri.getHost();
        this.port = uri.getPort() < 0 ? 5432 : uri.getPort();
        try (Connection connection = connect();
                Statement statement = connection.createStatement()) {
            statement.execute("create database " + name);
            this.serverSettings = settings(statement);
        } catch (SQLException e) {
            throw new IllegalStateException(
                    "Cannot create the database " + name + " at " + url + ": " + e.getMessage(), e);
        }
    }

    /** A connection to the database the operator named (not the run's). */
    private Connection connect() throws SQLException {
        return DriverManager.getConnection(url, user, password);
    }

    private static String settings(Statement statement) throws SQLException {
        StringBuilder text = new StringBuilder();
        try (ResultSet rows = statement.executeQuery("select name, current_setting(name) from pg_settings where name in"
                + " ('server_version', 'fsync', 'synchronous_commit', 'full_page_writes', 'shared_buffers')"
                + " order by name")) {
            while (rows.next()) {
                text.append(text.isEmpty() ? "" : ", ")
                        .append(rows.getString(1))
                        .append('=')
                        .append(rows.getString(2));
            }
        }
        return text.toString();
    }

    @Override
    public List<String> serverArguments() {
        return List.of("--addlibs", driverJar.toString(), "--postbootcommandfile", postBoot.toString());
    }

    @Override
    public Map<String, String> serverProperties() {
        return Map.of(
                "scimspace.db.host", host,
                "scimspace.db.port", Integer.toString(port),
                "scimspace.db.name", name,
                "scimspace.db.user", user,
                "scimspace.db.password", password);
    }

    @Override
    public long sizeBytes() {
        try (Connection connection = connect();
                PreparedStatement query = connection.prepareStatement("select pg_database_size(?)")) {
            query.setString(1, name);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next() ? rows.getLong(1) : -1;
            }
        } catch (SQLException e) {
            Bench.log("Cannot read the size of " + name + ": " + e.getMessage());
            return -1;
        }
    }

    @Override
    public String describe() {
        return "PostgreSQL database " + name + " on " + host + ":" + port + " (" + serverSettings + ")";
    }

    @Override
    public void close() {
        try (Connection connection = connect();
                Statement statement = connection.createStatement()) {
            statement.execute("drop database if exists " + name + " with (force)");
        } catch (SQLException e) {
            Bench.log("Cannot drop the database " + name + ": " + e.getMessage());
        }
    }
}
