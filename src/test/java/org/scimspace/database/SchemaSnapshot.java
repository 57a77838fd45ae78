package org.scimspace.database;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * What a schema consists of, as comparable lines: every column with its type, length and
 * nullability, every primary key (its columns in name order), named unique and foreign key
 * constraint and named index with their columns. Read from INFORMATION_SCHEMA (and pg_indexes for indexes on
 * PostgreSQL), in lower case. Flyway's history table and the names that databases give
 * primary keys themselves are left out: they differ between a migrated and a generated schema
 * by design.
 */
public final class SchemaSnapshot {

    private static final String HISTORY = "flyway_schema_history";

    private SchemaSnapshot() {}

    public static SortedSet<String> of(Connection connection) throws SQLException {
        String schema = connection.getSchema();
        boolean postgres = connection
                .getMetaData()
                .getDatabaseProductName()
                .toLowerCase(Locale.ROOT)
                .contains("postgres");
        SortedSet<String> lines = new TreeSet<>();
        columns(connection, schema, lines);
        constraints(connection, schema, lines);
        if (postgres) {
            postgresIndexes(connection, schema, lines);
        } else {
            h2Indexes(connection, schema, lines);
        }
        return lines;
    }

    private static void columns(Connection connection, String schema, SortedSet<String> lines) throws SQLException {
        String sql = "select table_name, column_name, data_type, character_maximum_length, numeric_precision,"
                + " numeric_scale, is_nullable from information_schema.columns where table_schema = ?";
        for (List<String> row : rows(connection, sql, schema)) {
            if (row.get(0).equals(HISTORY)) {
                continue;
            }
            String type = row.get(2);
            String length = row.get(3);
            if (type.equals("text")) {
                // PostgreSQL: EclipseLink's type for a @Lob String; the scripts' unbounded varchar is the same
                type = "character varying";
                length = null;
            } else if (type.equals("character varying") && "1000000000".equals(length)) {
                // H2: a VARCHAR without a length has the largest one
                length = null;
            }
            String size = type.equals("numeric")
                    ? "(" + row.get(4) + "," + row.get(5) + ")"
                    : length == null ? "" : "(" + length + ")";
            lines.add("column " + row.get(0) + "." + row.get(1) + " " + type + size
                    + (row.get(6).equals("yes") ? " null" : " not null"));
        }
    }

    private static void constraints(Connection connection, String schema, SortedSet<String> lines) throws SQLException {
        String sql = "select c.table_name, c.constraint_type, c.constraint_name, k.column_name"
                + " from information_schema.table_constraints c join information_schema.key_column_usage k"
                + " on k.constraint_schema = c.constraint_schema and k.constraint_name = c.constraint_name"
                + " and k.table_name = c.table_name"
                + " where c.table_schema = ? order by c.table_name, c.constraint_name, k.ordinal_position";
        Map<String, List<String>> columns = new LinkedHashMap<>();
        for (List<String> row : rows(connection, sql, schema)) {
            if (row.get(0).equals(HISTORY)) {
                continue;
            }
            String name = row.get(1).equals("primary key") ? "" : " " + row.get(2);
            columns.computeIfAbsent(row.get(0) + " " + row.get(1) + name, k -> new ArrayList<>())
                    .add(row.get(3));
        }
        columns.forEach(
                (constraint, names) -> lines.add("constraint " + constraint + " " + inOrder(constraint, names)));
    }

    /**
     * A primary key's columns in name order: EclipseLink generates them in an order of its own,
     * a migration puts the column it is searched by first (V22).
     */
    private static List<String> inOrder(String constraint, List<String> names) {
        return constraint.endsWith(" primary key") ? names.stream().sorted().toList() : names;
    }

    private static void h2Indexes(Connection connection, String schema, SortedSet<String> lines) throws SQLException {
        String sql = "select i.table_name, i.index_name, c.column_name from information_schema.indexes i"
                + " join information_schema.index_columns c on c.index_schema = i.index_schema"
                + " and c.index_name = i.index_name and c.table_name = i.table_name"
                + " where i.table_schema = ? and i.index_type_name = 'INDEX'"
                + " order by i.table_name, i.index_name, c.ordinal_position";
        indexes(rows(connection, sql, schema), lines);
    }

    private static void postgresIndexes(Connection connection, String schema, SortedSet<String> lines)
            throws SQLException {
        String sql = "select t.relname, i.relname, a.attname from pg_index x"
                + " join pg_class i on i.oid = x.indexrelid join pg_class t on t.oid = x.indrelid"
                + " join pg_namespace n on n.oid = t.relnamespace"
                + " join lateral unnest(x.indkey) with ordinality as k(attnum, position) on true"
                + " join pg_attribute a on a.attrelid = t.oid and a.attnum = k.attnum"
                + " where n.nspname = ? and not exists (select 1 from pg_constraint c where c.conindid = x.indexrelid)"
                + " order by t.relname, i.relname, k.position";
        indexes(rows(connection, sql, schema), lines);
    }

    private static void indexes(List<List<String>> rows, SortedSet<String> lines) {
        Map<String, List<String>> columns = new LinkedHashMap<>();
        for (List<String> row : rows) {
            if (!row.get(0).equals(HISTORY)) {
                columns.computeIfAbsent(row.get(0) + " " + row.get(1), k -> new ArrayList<>())
                        .add(row.get(2));
            }
        }
        columns.forEach((index, names) -> lines.add("index " + index + " " + names));
    }

    private static List<List<String>> rows(Connection connection, String sql, String schema) throws SQLException {
        List<List<String>> rows = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, schema);
            try (ResultSet result = statement.executeQuery()) {
                int width = result.getMetaData().getColumnCount();
                while (result.next()) {
                    List<String> row = new ArrayList<>(width);
                    for (int i = 1; i <= width; i++) {
                        String value = result.getString(i);
                        row.add(value == null ? null : value.toLowerCase(Locale.ROOT));
                    }
                    rows.add(row);
                }
            }
        }
        return rows;
    }
}
