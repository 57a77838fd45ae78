package org.scimspace.database;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.flywaydb.core.api.MigrationInfo;
import org.junit.jupiter.api.Test;
import org.scimspace.database.control.Migrations;

/** The list of scripts that the server runs is the folder's content, in version order. */
class MigrationScriptsTest {

    private static final Pattern NAME = Pattern.compile("V(\\d+)__[a-z0-9_]+\\.sql");

    @Test
    void theListNamesEveryScriptOfTheFolderInVersionOrder() throws IOException, URISyntaxException {
        URL folder = Migrations.class.getClassLoader().getResource(Migrations.LOCATION);
        List<String> files;
        try (Stream<Path> paths = Files.list(Path.of(folder.toURI()))) {
            files = paths.map(path -> path.getFileName().toString())
                    .sorted((a, b) -> Integer.compare(version(a), version(b)))
                    .toList();
        }
        assertEquals(files, Migrations.SCRIPTS, "Migrations.SCRIPTS lists every file of db/migration");
    }

    @Test
    void flywayFindsEveryListedScriptAsAPendingMigration() {
        try (ScratchDatabase empty = ScratchDatabase.create(ScratchDatabase.Kind.H2)) {
            List<String> pending = Stream.of(
                            Migrations.flyway(empty.dataSource()).info().pending())
                    .map(MigrationInfo::getScript)
                    .toList();
            assertEquals(Migrations.SCRIPTS, pending);
        }
    }

    private static int version(String fileName) {
        Matcher matcher = NAME.matcher(fileName);
        assertTrue(matcher.matches(), () -> fileName + " is named V<version>__<lower_case_words>.sql");
        return Integer.parseInt(matcher.group(1));
    }
}
