package org.scimspace.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

/**
 * The built WAR on WildFly (unpacked by the build into {@code it.wildfly.home}) as a separate
 * OS process, set up as README "WildFly" tells an operator: the server's configuration is
 * changed only by the CLI scripts {@code server-config/wildfly/scimspace.cli} and
 * {@code datasource-h2.cli} (or {@code datasource-postgresql.cli} with a fresh database in the
 * PostgreSQL run, see {@link ItDatabase}), the WAR is dropped
 * unchanged into {@code deployments/} as {@code ROOT.war}, the settings are {@code -D}
 * options and PostgreSQL's connection is environment variables. Each server gets a base directory of its own (a fresh copy of
 * {@code standalone/configuration}), so the unpacked distribution stays untouched.
 */
public final class WildFlyProcess implements AutoCloseable {

    private static final Duration CONFIGURE = Duration.ofSeconds(180);
    private static final Duration STARTUP = Duration.ofSeconds(240);
    private static final Duration SHUTDOWN = Duration.ofSeconds(60);
    private static final Duration POLL = Duration.ofMillis(500);
    private static final int LOG_TAIL_LINES = 80;
    private static final String DEPLOYMENT = "scimspace.war";
    /** The module {@code datasource-postgresql.cli} adds to the distribution. */
    private static final String POSTGRESQL_MODULE = "modules/org/postgresql";

    private final Process process;
    private final Path log;
    private final Path deployments;
    private final String baseUrl;
    private final String managementUrl;

    private WildFlyProcess(Process process, Path log, Path deployments, String baseUrl, String managementUrl) {
        this.process = process;
        this.log = log;
        this.deployments = deployments;
        this.baseUrl = baseUrl;
        this.managementUrl = managementUrl;
    }

    /**
     * Configures a fresh server base directory with the scripts, starts WildFly on it with the
     * H2 database in {@code dataDir} and the given MicroProfile Config settings as {@code -D}
     * options, and returns once the application answers. Output goes to
     * {@code target/it-logs/<name>.log} (and {@code <name>-cli.log}).
     */
    public static WildFlyProcess start(String name, Path dataDir, Map<String, String> settings) {
        Path home = Path.of(System.getProperty("it.wildfly.home")).toAbsolutePath();
        Path logs = PayaraProcess.buildDirectory().resolve(ItDatabase.postgres() ? "it-logs-postgresql" : "it-logs");
        Path base =
                PayaraProcess.buildDirectory().resolve("it-wildfly").resolve(name + "-" + System.currentTimeMillis());
        try {
            Files.createDirectories(logs);
            copyConfiguration(home, base);
            configure(home, base, logs.resolve(name + "-cli.log"));
            Path deployments = Files.createDirectories(base.resolve("deployments"));
            Files.copy(Path.of(System.getProperty("it.war")), deployments.resolve(DEPLOYMENT));

            int port = freePort();
            int managementPort = freePort();
            List<String> command = new ArrayList<>(List.of(
                    "bash",
                    home.resolve("bin/standalone.sh").toString(),
                    "-Djboss.server.base.dir=" + base,
                    "-Djboss.http.port=" + port,
                    "-Djboss.https.port=" + freePort(),
                    "-Djboss.management.http.port=" + managementPort,
                    "-Djboss.management.https.port=" + freePort()));
            command.add("-Dscimspace.data.dir=" + dataDir.toAbsolutePath());
            settings.forEach((key, value) -> command.add("-D" + key + "=" + value));
            Path log = logs.resolve(name + ".log");
            ProcessBuilder builder =
                    new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
            builder.environment().put("JBOSS_HOME", home.toString());
            builder.environment().putAll(ItDatabase.serverEnvironment(dataDir));
            builder.environment()
                    .put("JAVA_OPTS", System.getProperty("it.jvm.options").trim() + " -Djava.awt.headless=true");
            WildFlyProcess server = new WildFlyProcess(
                    builder.start(),
                    log,
                    deployments,
                    "http://localhost:" + port,
                    "http://localhost:" + managementPort);
            server.awaitReady();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start WildFly in " + base, e);
        }
    }

    public String baseUrl() {
        return baseUrl;
    }

    /** WildFly's management interface, where it answers MicroProfile Health. */
    public String managementUrl() {
        return managementUrl;
    }

    /** Everything the server wrote so far. */
    public String log() {
        return read(log);
    }

    /** A graceful shutdown (SIGTERM), forced when it takes longer than a minute. */
    public void stop() {
        List<ProcessHandle> tree = processTree();
        tree.forEach(ProcessHandle::destroy);
        if (!awaitExit(tree)) {
            tree.forEach(ProcessHandle::destroyForcibly);
            awaitExit(tree);
        }
    }

    @Override
    public void close() {
        if (processTree().stream().anyMatch(ProcessHandle::isAlive)) {
            stop();
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (Files.exists(root)) {
            try (Stream<Path> paths = Files.walk(root)) {
                for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
    }

    private static void copyConfiguration(Path home, Path base) throws IOException {
        Path from = home.resolve("standalone/configuration");
        Path to = Files.createDirectories(base.resolve("configuration"));
        try (Stream<Path> files = Files.list(from)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Files.copy(file, to.resolve(file.getFileName()), StandardCopyOption.COPY_ATTRIBUTES);
            }
        }
    }

    /**
     * Runs the operator's CLI script on the stopped server (an embedded server in admin-only
     * mode, as {@code jboss-cli.sh} would start it), so that the real start afterwards reads
     * exactly the configuration the script leaves.
     */
    private static void configure(Path home, Path base, Path log) throws IOException {
        List<String> scripts =
                List.of("scimspace.cli", ItDatabase.postgres() ? "datasource-postgresql.cli" : "datasource-h2.cli");
        StringBuilder script = new StringBuilder("embed-server --server-config=standalone.xml --std-out=discard\n");
        for (String file : scripts) {
            script.append(Files.readString(Path.of("server-config/wildfly", file), StandardCharsets.UTF_8))
                    .append('\n');
        }
        Path wrapped = Files.writeString(
                base.resolve("configure.cli"), script.append("stop-embedded-server\n"), StandardCharsets.UTF_8);
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(Arrays.asList(System.getProperty("it.jvm.options").trim().split("\\s+")));
        command.addAll(List.of(
                "-Djboss.server.base.dir=" + base,
                "-Djboss.cli.config=" + home.resolve("bin/jboss-cli.xml"),
                "-Dpostgresql.jar=" + System.getProperty("it.postgresql.driver", ""),
                "-jar",
                home.resolve("jboss-modules.jar").toString(),
                "-mp",
                home.resolve("modules").toString(),
                "org.jboss.as.cli",
                "--file=" + wrapped));
        // the PostgreSQL script adds the driver's module to the distribution: as on a fresh server
        deleteTree(home.resolve(POSTGRESQL_MODULE));
        ProcessBuilder builder =
                new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("JBOSS_HOME", home.toString());
        Process cli = builder.start();
        try {
            if (!cli.waitFor(CONFIGURE.toSeconds(), TimeUnit.SECONDS)) {
                cli.destroyForcibly();
                throw new IllegalStateException(
                        "The WildFly CLI did not finish within " + CONFIGURE + ":\n" + read(log));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while configuring WildFly", e);
        }
        if (cli.exitValue() != 0) {
            throw new IllegalStateException(
                    "The WildFly CLI scripts " + scripts + " failed (exit " + cli.exitValue() + "):\n" + read(log));
        }
    }

    /**
     * Ready once the management API refuses an anonymous caller. The deployment scanner marks
     * a WAR that did not deploy with {@code ROOT.war.failed}: that fails at once, with the log.
     */
    private void awaitReady() {
        Http probe = new Http(baseUrl, null);
        long deadline = System.nanoTime() + STARTUP.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("WildFly exited with " + process.exitValue() + ":\n" + logTail());
            }
            if (Files.exists(deployments.resolve(DEPLOYMENT + ".failed"))) {
                failStart(
                        "WildFly could not deploy the WAR (" + read(deployments.resolve(DEPLOYMENT + ".failed")) + ")");
            }
            if (answers(probe)) {
                return;
            }
            sleep(POLL);
        }
        failStart("WildFly did not answer within " + STARTUP);
    }

    private void failStart(String message) {
        stop();
        throw new IllegalStateException(message + ", see " + log + ":\n" + logTail());
    }

    private static boolean answers(Http probe) {
        try {
            return probe.get("/api/v1/account").status() == 401;
        } catch (IllegalStateException notListeningYet) {
            return false;
        }
    }

    /** The descendants are listed first: once the script is gone they would no longer be. */
    private List<ProcessHandle> processTree() {
        return Stream.concat(process.descendants(), Stream.of(process.toHandle()))
                .toList();
    }

    private static boolean awaitExit(List<ProcessHandle> tree) {
        long deadline = System.nanoTime() + SHUTDOWN.toNanos();
        try {
            for (ProcessHandle handle : tree) {
                handle.onExit().get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            }
            return true;
        } catch (TimeoutException e) {
            return false;
        } catch (ExecutionException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for WildFly to exit", e);
        }
    }

    private String logTail() {
        List<String> lines = log().lines().toList();
        return String.join("\n", lines.subList(Math.max(0, lines.size() - LOG_TAIL_LINES), lines.size()));
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for WildFly", e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
