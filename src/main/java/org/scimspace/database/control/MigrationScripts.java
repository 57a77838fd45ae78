package org.scimspace.database.control;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;

import org.flywaydb.core.api.ResourceProvider;
import org.flywaydb.core.api.resource.LoadableResource;

/** The scripts Flyway may run: a fixed list of class path resources, no scanning. */
final class MigrationScripts implements ResourceProvider {

    private final List<LoadableResource> scripts;

    MigrationScripts(ClassLoader loader, String location, List<String> fileNames) {
        this.scripts = fileNames.stream()
                .<LoadableResource>map(name -> new MigrationScript(loader, location, name))
                .toList();
    }

    @Override
    public LoadableResource getResource(String name) {
        return scripts.stream()
                .filter(script -> script.getRelativePath().equals(name)
                        || script.getAbsolutePath().equals(name))
                .findFirst()
                .orElse(null);
    }

    @Override
    public Collection<LoadableResource> getResources(String prefix, String[] suffixes) {
        return scripts.stream()
                .filter(script -> script.getFilename().startsWith(prefix)
                        && Arrays.stream(suffixes).anyMatch(script.getFilename()::endsWith))
                .toList();
    }
}
