package org.scimspace.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The built WAR on Payara Micro as a process of its own, started as
 * {@code server-config/run.sh} starts it: the same JVM options, post-boot file (H2 file
 * database) and arguments, with the settings as {@code -D} options.
 */
final class Server implements AutoCloseable {

    private static final Duration STARTUP = Duration.ofMinutes(5);
    private static final String PAYARA_READY = ") ready in ";

    private final Process process;
    private final Path log;
    private final String url;
    private final long startToReadyNanos;

    private Server(Process process, Path log, String url, long startToReadyNanos) {
        this.process = process;
        this.log = log;
        this.url = url;
        this.startToReadyNanos = startToReadyNanos;
    }

    static Server start(
            Path microJar,
            Path war,
            BenchDatabase database,
            Path log,
            List<String> jvmOptions,
            Map<String, String> settings) {
        int port = freePort();
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        database.serverProperties().forEach((key, value) -> command.add("-D" + key + "=" + value));
        settings.forEach((key, value) -> command.add("-D" + key + "=" + value));
        command.addAll(List.of(
                "-jar", microJar.toString(), "--nocluster", "--contextroot", "/", "--port", Integer.toString(port)));
        command.addAll(database.serverArguments());
        command.addAll(List.of("--deploy", war.toString()));
        try {
            Files.createDirectories(log.getParent());
            Bench.log("Starting Payara Micro on port " + port + ", log " + log);
            long started = System.nanoTime();
            Process process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> destroyTree(process)));
            String url = "http://localhost:" + port;
            long ready = awaitReady(process, log, url, started);
            return new Server(process, log, url, ready);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start Payara Micro", e);
        }
    }

    String url() {
        return url;
    }

    long pid() {
        return process.pid();
    }

    /** From starting the process to the first successful HTTP answer of the application. */
    long startToReadyNanos() {
        return startToReadyNanos;
    }

    /** The server's resident set size in KiB ({@code VmRSS}), or {@code VmHWM} for the peak. */
    long memoryKib(String field) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(process.pid()), "status"))) {
                if (line.startsWith(field + ":")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (IOException | NumberFormatException e) {
            Bench.log("Cannot read " + field + " of " + process.pid() + ": " + e);
        }
        return -1;
    }

    /** A {@link #memoryKib} figure for the table. */
    static String mib(long kib) {
        return kib < 0 ? "n/a" : String.format("%,d MiB", kib / 1024);
    }

    /** Payara's own "ready in N (ms)" figure, when the log has it. */
    String payaraReadyLine() {
        try {
            return Files.readAllLines(log, StandardCharsets.UTF_8).stream()
                    .filter(line -> line.contains(PAYARA_READY))
                    .map(line -> line.substring(line.indexOf(PAYARA_READY) + 2).trim())
                    .findFirst()
                    .orElse(null);
        } catch (IOException e) {
            return null;
        }
    }

    @Override
    public void close() {
        destroyTree(process);
    }

    private static void destroyTree(Process process) {
        List<ProcessHandle> tree = Stream.concat(process.descendants(), Stream.of(process.toHandle()))
                .toList();
        tree.forEach(ProcessHandle::destroy);
        for (ProcessHandle handle : tree) {
            try {
                handle.onExit().get(60, TimeUnit.SECONDS);
            } catch (Exception e) {
                handle.destroyForcibly();
            }
        }
    }

    private static long awaitReady(Process process, Path log, String url, long started) {
        HttpRequest probe = HttpRequest.newBuilder(URI.create(url + "/api/v1/account"))
                .timeout(Duration.ofSeconds(5))
                .GET()
                .build();
        long deadline = started + STARTUP.toNanos();
        long bootedAt = -1;
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Payara Micro exited with " + process.exitValue() + ", see " + log);
            }
            try {
                int status = Http.CLIENT
                        .send(probe, HttpResponse.BodyHandlers.discarding())
                        .statusCode();
                if (status == 401 || status == 200) {
                    return System.nanoTime() - started;
                }
            } catch (IOException notListeningYet) {
                // keep polling
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for Payara Micro", e);
            }
            if (bootedAt < 0 && logContains(log, PAYARA_READY)) {
                bootedAt = System.nanoTime();
            }
            if (bootedAt > 0
                    && System.nanoTime() - bootedAt > Duration.ofSeconds(10).toNanos()) {
                destroyTree(process);
                throw new IllegalStateException(
                        "Payara Micro is ready but the application does not answer, see " + log);
            }
            sleep(50);
        }
        destroyTree(process);
        throw new IllegalStateException("Payara Micro did not answer within " + STARTUP + ", see " + log);
    }

    private static boolean logContains(Path log, String text) {
        try {
            return Files.readString(log, StandardCharsets.UTF_8).contains(text);
        } catch (IOException | UncheckedIOException e) {
            return false;
        }
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
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
