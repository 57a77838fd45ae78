package org.scimspace.remotesource.sync;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import org.junit.jupiter.api.Test;
import org.scimspace.database.ScratchDatabase;
import org.scimspace.database.control.Migrations;

/**
 * The address lookups start from the file's addresses and seek each table's index by them,
 * whatever the database's statistics say: H2 once read every e-mail value of the database
 * per chunk of addresses (a sync of 100,000 rows beside 200,000 SCIM users did not end).
 * Checked on H2's plan, the embedded database's: PostgreSQL plans outer joins in order.
 */
class DirectoryPeopleTest {

    @Test
    void everyLookupStartsFromTheAddressesAndSeeksByThem() throws SQLException {
        try (ScratchDatabase database = ScratchDatabase.create(ScratchDatabase.Kind.H2)) {
            Migrations.flyway(database.dataSource()).migrate();
            try (Connection connection = database.dataSource().getConnection()) {
                for (String query : DirectoryPeople.QUERIES) {
                    String plan = plan(connection, DirectoryPeople.statement(query, 3));
                    assertTrue(plan.startsWith("SELECT \"K\".\"WANTED\""), plan);
                    assertTrue(plan.indexOf("FROM (VALUES") > 0, plan);
                    assertTrue(plan.contains("= K.WANTED */"), "an index seek by the address: " + plan);
                }
            }
        }
    }

    private static String plan(Connection connection, String statement) throws SQLException {
        try (PreparedStatement explain = connection.prepareStatement("explain " + statement)) {
            explain.setString(1, "tenant");
            for (int i = 2; i <= 4; i++) {
                explain.setString(i, "someone" + i + "@example.com");
            }
            try (ResultSet plan = explain.executeQuery()) {
                plan.next();
                return plan.getString(1).replaceAll("\\s+", " ");
            }
        }
    }
}
