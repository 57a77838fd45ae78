package org.scimspace.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** The embedded H2 file database in a fresh directory, with run.sh's post-boot file. */
final class H2Files implements BenchDatabase {

    private final Path dir;
    private final Path postBoot;

    H2Files(Path dir, Path postBoot) {
        this.dir = dir;
        this.postBoot = postBoot;
    }

    @Override
    public List<String> serverArguments() {
        return List.of("--postbootcommandfile", postBoot.toString());
    }

    @Override
    public Map<String, String> serverProperties() {
        return Map.of("scimspace.data.dir", dir.toAbsolutePath().toString());
    }

    @Override
    public long sizeBytes() {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile)
                    .mapToLong(file -> {
                        try {
                            return Files.size(file);
                        } catch (IOException e) {
                            return 0;
                        }
                    })
                    .sum();
        } catch (IOException e) {
            return -1;
        }
    }

    @Override
    public String describe() {
        return "embedded H2 file database (`server-config/payara/post-boot-h2.asadmin`)";
    }

    @Override
    public void close() {}
}
