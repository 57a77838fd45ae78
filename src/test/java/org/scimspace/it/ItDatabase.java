package org.scimspace.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.h2.jdbcx.JdbcDataSource;
import org.scimspace.database.PreMigrationsDatabase;
import org.scimspace.database.ScratchDatabase;

/**
 * The database of a test server, chosen by the build: the H2 file in the server's data
 * directory, as {@code server-config/run.sh} has it, or (failsafe execution
 * {@code integration-test-postgresql}, {@code it.database=postgresql}) a PostgreSQL database of
 * its own per data directory, created empty on its first use and reached through the
 * PostgreSQL pool file and driver as an operator would.
 */
public final class ItDatabase {

    private static final String H2_POST_BOOT = "server-config/payara/post-boot-h2.asadmin";
    private static final String POSTGRES_POST_BOOT = "server-config/payara/post-boot-postgresql.asadmin";
    /** Which PostgreSQL database a data directory's servers use, kept beside their logs. */
    private static final String DATABASE_FILE = "postgresql-database";

    private static final List<ScratchDatabase> CREATED = new ArrayList<>();

    private ItDatabase() {}

    public static boolean postgres() {
        return "postgresql".equals(System.getProperty("it.database"));
    }

    /** The JVM options that give a server started on this data directory its database. */
    public static synchronized List<String> serverOptions(Path dataDir) {
        List<String> options = new ArrayList<>(List.of("-Dscimspace.data.dir=" + dataDir.toAbsolutePath()));
        if (postgres()) {
            ScratchDatabase database = database(dataDir);
            options.add("-Dscimspace.db.host=" + database.host());
            options.add("-Dscimspace.db.port=" + database.port());
            options.add("-Dscimspace.db.name=" + database.name());
            options.add("-Dscimspace.db.user=" + database.user());
            options.add("-Dscimspace.db.password=" + database.password());
        }
        return options;
    }

    /**
     * The environment variables that give a WildFly started on this data directory its
     * PostgreSQL database ({@code SCIMSPACE_DB_HOST} and so on, which
     * {@code datasource-postgresql.cli} falls back to): the way README advises, so that the
     * password is not on the command line. Empty for H2.
     */
    public static synchronized Map<String, String> serverEnvironment(Path dataDir) {
        Map<String, String> environment = new LinkedHashMap<>();
        if (postgres()) {
            ScratchDatabase database = database(dataDir);
            environment.put("SCIMSPACE_DB_HOST", database.host());
            environment.put("SCIMSPACE_DB_PORT", Integer.toString(database.port()));
            environment.put("SCIMSPACE_DB_NAME", database.name());
            environment.put("SCIMSPACE_DB_USER", database.user());
            environment.put("SCIMSPACE_DB_PASSWORD", database.password());
        }
        return environment;
    }

    /** The Payara Micro options for the pool: its post-boot file and, for PostgreSQL, the driver. */
    public static List<String> microOptions() {
        List<String> options = new ArrayList<>();
        options.add("--postbootcommandfile");
        options.add(Path.of(postgres() ? POSTGRES_POST_BOOT : H2_POST_BOOT)
                .toAbsolutePath()
                .toString());
        if (postgres()) {
            options.add("--addlibs");
            options.add(System.getProperty("it.postgresql.driver"));
        }
        return options;
    }

    /**
     * Fills the database of this data directory with the stored database of the release
     * before migrations, as that release left it on this kind of database.
     */
    public static void loadPreMigrations(Path dataDir) {
        try (Connection connection = dataSource(dataDir).getConnection()) {
            PreMigrationsDatabase.load(
                    connection, postgres() ? ScratchDatabase.Kind.POSTGRESQL : ScratchDatabase.Kind.H2);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot load the stored database into " + dataDir, e);
        }
    }

    /** The database of this data directory, as its servers reach it. */
    public static DataSource dataSource(Path dataDir) {
        if (postgres()) {
            return database(dataDir).dataSource();
        }
        // the file and the credentials of post-boot-h2.asadmin
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:" + dataDir.toAbsolutePath().resolve("scimspace"));
        h2.setUser("scimspace");
        h2.setPassword("scimspace");
        return h2;
    }

    /** Drops the PostgreSQL databases this test run created. */
    public static synchronized void dropCreated() {
        CREATED.forEach(ScratchDatabase::close);
        CREATED.clear();
    }

    private static ScratchDatabase database(Path dataDir) {
        Path file = dataDir.resolve(DATABASE_FILE);
        try {
            Files.createDirectories(dataDir);
            if (Files.exists(file)) {
                String name = Files.readString(file, StandardCharsets.UTF_8).strip();
                return CREATED.stream()
                        .filter(database -> database.name().equals(name))
                        .findFirst()
                        .orElseThrow(() -> new IllegalStateException(name + " was made by another test run"));
            }
            ScratchDatabase database = ScratchDatabase.postgres("scimspace_it_" + hash(dataDir));
            CREATED.add(database);
            Files.writeString(file, database.name(), StandardCharsets.UTF_8);
            return database;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String hash(Path dataDir) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(dataDir.toAbsolutePath().toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
