package org.scimspace.database;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.Entity;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import jakarta.persistence.metamodel.EntityType;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.scimspace.database.control.Migrations;

/**
 * The migrations create exactly the schema the entity mappings describe, on H2 and (when the
 * environment names a server) PostgreSQL: an entity changed without a migration, or a
 * migration that misses an entity's column, constraint or index, fails here.
 */
class MigrationsMatchEntitiesTest {

    static List<ScratchDatabase.Kind> databases() {
        return ScratchDatabase.available();
    }

    @ParameterizedTest
    @MethodSource("databases")
    void theMigratedSchemaIsTheOneEclipseLinkGeneratesFromTheEntities(ScratchDatabase.Kind kind) throws SQLException {
        try (ScratchDatabase generated = ScratchDatabase.create(kind);
                ScratchDatabase migrated = ScratchDatabase.create(kind)) {
            factory(generated, "drop-and-create").close();
            Migrations.flyway(migrated.dataSource()).migrate();

            SortedSet<String> expected = snapshot(generated);
            SortedSet<String> actual = snapshot(migrated);
            assertTrue(expected.size() > 100, () -> "the generated schema was read: " + expected);
            assertEquals(String.join("\n", expected), String.join("\n", actual));
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void everyEntityIsWrittenAndReadOnTheMigratedSchema(ScratchDatabase.Kind kind) {
        try (ScratchDatabase migrated = ScratchDatabase.create(kind)) {
            Migrations.flyway(migrated.dataSource()).migrate();
            EntityManagerFactory factory = factory(migrated, "none");
            try {
                EntityManager em = factory.createEntityManager();
                for (EntityType<?> entity : factory.getMetamodel().getEntities()) {
                    List<?> rows = em.createQuery("select e from " + entity.getName() + " e", entity.getJavaType())
                            .setMaxResults(1)
                            .getResultList();
                    assertTrue(rows.isEmpty(), entity.getName());
                }
                em.close();
            } finally {
                factory.close();
            }
        }
    }

    @Test
    void theSchemaUnitListsEveryEntityOfTheApplication() throws IOException, URISyntaxException {
        EntityManagerFactory factory = Persistence.createEntityManagerFactory(
                "scimspace-schema", Map.of("jakarta.persistence.jdbc.url", "jdbc:h2:mem:listing"));
        try {
            assertEquals(
                    applicationEntities(),
                    factory.getMetamodel().getEntities().stream()
                            .map(entity -> entity.getJavaType().getName())
                            .collect(Collectors.toCollection(TreeSet::new)),
                    "src/test/resources/META-INF/persistence.xml, unit scimspace-schema, lists every entity");
        } finally {
            factory.close();
        }
    }

    /** Every class with {@code @Entity} among the application's compiled classes. */
    private static SortedSet<String> applicationEntities() throws IOException, URISyntaxException {
        Path classes = Path.of(Migrations.class
                .getProtectionDomain()
                .getCodeSource()
                .getLocation()
                .toURI());
        try (Stream<Path> files = Files.walk(classes)) {
            return files.filter(file -> file.toString().endsWith(".class"))
                    .map(file -> classes.relativize(file).toString())
                    .map(name ->
                            name.substring(0, name.length() - ".class".length()).replace('/', '.'))
                    .sorted(Comparator.naturalOrder())
                    .filter(MigrationsMatchEntitiesTest::isEntity)
                    .collect(Collectors.toCollection(TreeSet::new));
        }
    }

    private static boolean isEntity(String className) {
        try {
            return Class.forName(className, false, Migrations.class.getClassLoader())
                    .isAnnotationPresent(Entity.class);
        } catch (ClassNotFoundException | LinkageError e) {
            throw new IllegalStateException("Cannot load " + className, e);
        }
    }

    private static EntityManagerFactory factory(ScratchDatabase database, String schemaGeneration) {
        Map<String, Object> properties = new HashMap<>();
        properties.put("jakarta.persistence.jdbc.url", database.url());
        properties.put("jakarta.persistence.jdbc.user", database.user());
        properties.put("jakarta.persistence.jdbc.password", database.password());
        properties.put("jakarta.persistence.schema-generation.database.action", schemaGeneration);
        EntityManagerFactory factory = Persistence.createEntityManagerFactory("scimspace-schema", properties);
        // EclipseLink connects, and generates the tables, when the first entity manager is made
        factory.createEntityManager().close();
        return factory;
    }

    private static SortedSet<String> snapshot(ScratchDatabase database) throws SQLException {
        try (Connection connection = database.connect()) {
            return SchemaSnapshot.of(connection);
        }
    }
}
