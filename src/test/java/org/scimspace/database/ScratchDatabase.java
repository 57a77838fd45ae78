package org.scimspace.database;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import javax.sql.DataSource;

import org.h2.jdbcx.JdbcDataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * An empty database of its own for a test: an in-memory H2, or a new PostgreSQL database
 * when the environment names a server ({@code SCIMSPACE_TEST_POSTGRES_URL}, a JDBC URL of a
 * database to connect to for creating others, with {@code SCIMSPACE_TEST_POSTGRES_USER} and
 * {@code SCIMSPACE_TEST_POSTGRES_PASSWORD}; {@code .ci/postgresql} sets one up). Closing it
 * drops it.
 */
public final class ScratchDatabase implements AutoCloseable {

    public enum Kind {
        H2,
        POSTGRESQL
    }

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Kind kind;
    private final String name;
    private final String url;
    private final String user;
    private final String password;

    private ScratchDatabase(Kind kind, String name, String url, String user, String password) {
        this.kind = kind;
        this.name = name;
        this.url = url;
        this.user = user;
        this.password = password;
    }

    /** H2 always; PostgreSQL too when the environment names a server. */
    public static List<Kind> available() {
        List<Kind> kinds = new ArrayList<>(List.of(Kind.H2));
        if (postgresConfigured()) {
            kinds.add(Kind.POSTGRESQL);
        }
        return kinds;
    }

    public static boolean postgresConfigured() {
        String url = System.getenv("SCIMSPACE_TEST_POSTGRES_URL");
        return url != null && !url.isBlank();
    }

    /** A new, empty database with a random name. */
    public static ScratchDatabase create(Kind kind) {
        byte[] random = new byte[6];
        RANDOM.nextBytes(random);
        String name = "scimspace_scratch_" + HexFormat.of().formatHex(random);
        return switch (kind) {
            case H2 -> new ScratchDatabase(kind, name, "jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1", "sa", "");
            case POSTGRESQL -> postgres(name);
        };
    }

    /**
     * The PostgreSQL database of this name, dropped first if it exists: the same name is a
     * fresh database in every build.
     */
    public static ScratchDatabase postgres(String name) {
        if (!name.matches("[a-z][a-z0-9_]{0,62}")) {
            throw new IllegalArgumentException("Not a database name for a test: " + name);
        }
        if (!postgresConfigured()) {
            throw new IllegalStateException("SCIMSPACE_TEST_POSTGRES_URL is not set (see .ci/postgresql)");
        }
        String adminUrl = System.getenv("SCIMSPACE_TEST_POSTGRES_URL");
        String user = System.getenv().getOrDefault("SCIMSPACE_TEST_POSTGRES_USER", "scimspace_test");
        String password = System.getenv().getOrDefault("SCIMSPACE_TEST_POSTGRES_PASSWORD", "scimspace_test");
        try (Connection admin = DriverManager.getConnection(adminUrl, user, password);
                Statement statement = admin.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            statement.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create the test database " + name + " via " + adminUrl, e);
        }
        return new ScratchDatabase(Kind.POSTGRESQL, name, withDatabase(adminUrl, name), user, password);
    }

    /** The URL of another database on the same server: the path after host and port replaced. */
    static String withDatabase(String url, String database) {
        int slash = url.indexOf('/', "jdbc:postgresql://".length());
        if (!url.startsWith("jdbc:postgresql://") || slash < 0) {
            throw new IllegalArgumentException("Not a jdbc:postgresql://host:port/database URL: " + url);
        }
        int query = url.indexOf('?', slash);
        return url.substring(0, slash + 1) + database + (query < 0 ? "" : url.substring(query));
    }

    public Kind kind() {
        return kind;
    }

    public String name() {
        return name;
    }

    public String url() {
        return url;
    }

    /** The host of a PostgreSQL database. */
    public String host() {
        return authority().replaceFirst(":\\d+$", "");
    }

    /** The port of a PostgreSQL database (5432 when its URL names none). */
    public int port() {
        String authority = authority();
        int colon = authority.lastIndexOf(':');
        return colon < 0 || authority.endsWith("]") ? 5432 : Integer.parseInt(authority.substring(colon + 1));
    }

    private String authority() {
        String rest = url.substring("jdbc:postgresql://".length());
        return rest.substring(0, rest.indexOf('/'));
    }

    public String user() {
        return user;
    }

    public String password() {
        return password;
    }

    public DataSource dataSource() {
        if (kind == Kind.H2) {
            JdbcDataSource h2 = new JdbcDataSource();
            h2.setURL(url);
            h2.setUser(user);
            h2.setPassword(password);
            return h2;
        }
        PGSimpleDataSource postgres = new PGSimpleDataSource();
        postgres.setURL(url);
        postgres.setUser(user);
        postgres.setPassword(password);
        return postgres;
    }

    public Connection connect() throws SQLException {
        return DriverManager.getConnection(url, user, password);
    }

    @Override
    public void close() {
        try {
            if (kind == Kind.H2) {
                try (Connection connection = connect();
                        Statement statement = connection.createStatement()) {
                    statement.execute("SHUTDOWN");
                }
            } else {
                String adminUrl = System.getenv("SCIMSPACE_TEST_POSTGRES_URL");
                try (Connection admin = DriverManager.getConnection(adminUrl, user, password);
                        Statement statement = admin.createStatement()) {
                    statement.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot drop the test database " + name, e);
        }
    }
}
