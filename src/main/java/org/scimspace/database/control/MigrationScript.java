package org.scimspace.database.control;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;

import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.resource.LoadableResource;

/**
 * One SQL script on the class path, read in UTF-8. Its relative path is its file name, as
 * Flyway's own class path scanning would name it, so that the history table reads the same.
 */
final class MigrationScript extends LoadableResource {

    private final ClassLoader loader;
    private final String path;
    private final String fileName;

    MigrationScript(ClassLoader loader, String location, String fileName) {
        this.loader = loader;
        this.path = location + "/" + fileName;
        this.fileName = fileName;
    }

    @Override
    public Reader read() {
        InputStream in = loader.getResourceAsStream(path);
        if (in == null) {
            throw new FlywayException("The migration " + path + " is missing from the application");
        }
        return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    }

    @Override
    public String getAbsolutePath() {
        return path;
    }

    @Override
    public String getAbsolutePathOnDisk() {
        return path;
    }

    @Override
    public String getFilename() {
        return fileName;
    }

    @Override
    public String getRelativePath() {
        return fileName;
    }
}
