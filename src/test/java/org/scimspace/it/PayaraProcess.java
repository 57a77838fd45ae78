package org.scimspace.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

/**
 * The built WAR on Payara Micro as a separate OS process, started exactly as
 * {@code server-config/run.sh} starts it. Arquillian keeps one server for the whole run;
 * tests about durability need to stop, or kill -9, a server and start another one on the
 * same database, which only a process of their own allows.
 */
public final class PayaraProcess implements AutoCloseable {

    private static final Duration STARTUP = Duration.ofSeconds(180);
    private static final Duration SHUTDOWN = Duration.ofSeconds(60);
    private static final Duration POLL = Duration.ofMillis(500);
    private static final int LOG_TAIL_LINES = 80;
    /** What Payara Micro logs once the boot, deployment included, is over. */
    private static final String READY = ") ready in ";

    private final Process process;
    private final Path log;
    private final String baseUrl;

    private PayaraProcess(Process process, Path log, String baseUrl) {
        this.process = process;
        this.log = log;
        this.baseUrl = baseUrl;
    }

    /**
     * Starts a server on {@code dataDir} (and its database, see {@link ItDatabase}) with the
     * given MicroProfile Config settings as
     * {@code -D} options, and returns once the application answers. Its output goes to
     * {@code target/it-logs/<name>.log} ({@code it-logs-postgresql} on PostgreSQL).
     */
    public static PayaraProcess start(String name, Path dataDir, Map<String, String> settings) {
        return start(name, settings, ItDatabase.serverOptions(dataDir), ItDatabase.microOptions());
    }

    /**
     * As {@link #start(String, Path, Map)}, with other post-boot commands (another database,
     * on H2 whichever database the build's run is for).
     */
    public static PayaraProcess start(String name, Path dataDir, Map<String, String> settings, Path postBootCommands) {
        return start(
                name,
                settings,
                List.of("-Dscimspace.data.dir=" + dataDir.toAbsolutePath()),
                List.of(
                        "--postbootcommandfile",
                        postBootCommands.toAbsolutePath().toString()));
    }

    private static PayaraProcess start(
            String name, Map<String, String> settings, List<String> databaseOptions, List<String> poolOptions) {
        int port = freePort();
        Path log = logFile(name);
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(Arrays.asList(System.getProperty("it.jvm.options").trim().split("\\s+")));
        command.addAll(databaseOptions);
        command.add("-Dscimspace.secret.key=" + ItSettings.secretKey());
        settings.forEach((key, value) -> command.add("-D" + key + "=" + value));
        command.addAll(List.of(
                "-jar",
                System.getProperty("it.micro.jar"),
                "--nocluster",
                "--contextroot",
                "/",
                "--port",
                Integer.toString(port)));
        command.addAll(poolOptions);
        command.addAll(List.of("--deploy", System.getProperty("it.war")));
        try {
            Files.createDirectories(log.getParent());
            Process process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .start();
            PayaraProcess server = new PayaraProcess(process, log, "http://localhost:" + port);
            server.awaitReady();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start Payara Micro, see " + log, e);
        }
    }

    public String baseUrl() {
        return baseUrl;
    }

    /** Everything the server wrote so far. */
    public String log() {
        try {
            return Files.readString(log, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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

    /**
     * kill -9 of the server and everything it started: no shutdown hook runs, so only what
     * reached the disk survives. Returns once the processes are gone and the database file
     * is free again.
     */
    public void kill() {
        List<ProcessHandle> tree = processTree();
        tree.forEach(ProcessHandle::destroyForcibly);
        if (!awaitExit(tree)) {
            throw new IllegalStateException("Payara Micro did not die on kill -9: " + tree);
        }
    }

    @Override
    public void close() {
        if (processTree().stream().anyMatch(ProcessHandle::isAlive)) {
            stop();
        }
    }

    /** The descendants are listed first: once the server is gone they would no longer be. */
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
            throw new IllegalStateException("Interrupted while waiting for Payara Micro to exit", e);
        }
    }

    /**
     * Ready once the management API refuses an anonymous caller: the WAR is deployed. A WAR
     * that failed to deploy leaves Payara Micro running and reporting itself ready, so
     * that report without an answer fails at once instead of after the timeout.
     */
    private void awaitReady() {
        Http probe = new Http(baseUrl, null);
        long deadline = System.nanoTime() + STARTUP.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Payara Micro exited with " + process.exitValue() + ":\n" + logTail());
            }
            boolean booted = log().contains(READY);
            if (answers(probe)) {
                return;
            }
            if (booted) {
                failStart("Payara Micro is ready but the application does not answer");
            }
            sleep(POLL);
        }
        failStart("Payara Micro did not answer within " + STARTUP);
    }

    private void failStart(String message) {
        kill();
        throw new IllegalStateException(message + ", see " + log + ":\n" + logTail());
    }

    private static boolean answers(Http probe) {
        try {
            int status = probe.get("/api/v1/account").status();
            return status == 401 || status == 200;
        } catch (IllegalStateException notListeningYet) {
            return false;
        }
    }

    private String logTail() {
        List<String> lines = log().lines().toList();
        return String.join("\n", lines.subList(Math.max(0, lines.size() - LOG_TAIL_LINES), lines.size()));
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for Payara Micro", e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The output of the server of this name: {@code target/it-logs[-postgresql]/<name>.log}. */
    public static Path logFile(String name) {
        return buildDirectory()
                .resolve(ItDatabase.postgres() ? "it-logs-postgresql" : "it-logs")
                .resolve(name + ".log");
    }

    /** Where the build put the WAR: {@code target/}, also for logs and data of these tests. */
    public static Path buildDirectory() {
        return Path.of(System.getProperty("it.war")).toAbsolutePath().getParent();
    }
}
