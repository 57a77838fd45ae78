package org.scimspace.database;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The stored databases of the release before migrations ({@code src/test/resources/upgrade}):
 * made by that release's own schema generation on H2 and on PostgreSQL, with the data of a
 * short Entra session. The facts below are what the upgrade tests expect to find again.
 */
public final class PreMigrationsDatabase {

    public static final String TENANT = "default";
    public static final List<String> USER_NAMES =
            List.of("alice@contoso.com", "bob@contoso.com", "carol@contoso.com", "dave@contoso.com");
    public static final String DEACTIVATED = "dave@contoso.com";
    public static final String ENGINEERING = "0e5ac0a5-1111-4c1e-9d6b-000000000001";
    public static final String WORKSPACE = "Project Apollo";
    public static final String INVITEE = "guest@fabrikam.example";

    /** Rows per table in both stored databases. */
    public static final List<String> TABLE_ROWS = List.of(
            "access_token 3",
            "console_user 1",
            "group_limit 1",
            "group_member 5",
            "invitee 1",
            "provisioning_log 21",
            "scim_group 2",
            "scim_user 4",
            "scim_user_value 28",
            "tenant 1",
            "workspace 2",
            "workspace_member 4");

    private PreMigrationsDatabase() {}

    /** Loads the stored database of this kind into an empty database. */
    public static void load(Connection connection, ScratchDatabase.Kind kind) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            if (kind == ScratchDatabase.Kind.H2) {
                statement.execute("RUNSCRIPT FROM 'classpath:/upgrade/pre-migrations-h2.sql'");
            } else {
                statement.execute(script("/upgrade/pre-migrations-postgresql.sql"));
                // pg_dump empties the session's search path
                statement.execute("RESET search_path");
            }
        }
    }

    /** Rows per table, as in {@link #TABLE_ROWS}. */
    public static List<String> tableRows(Connection connection) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Statement statement = connection.createStatement()) {
            for (String line : TABLE_ROWS) {
                String table = line.substring(0, line.indexOf(' '));
                try (ResultSet result = statement.executeQuery("select count(*) from " + table)) {
                    result.next();
                    rows.add(table + " " + result.getLong(1));
                }
            }
        }
        return rows;
    }

    /** pg_dump's output without its comment lines, as one batch of statements. */
    private static String script(String resource) {
        try (InputStream in = PreMigrationsDatabase.class.getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .filter(line -> !line.startsWith("--"))
                    .collect(Collectors.joining("\n"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
