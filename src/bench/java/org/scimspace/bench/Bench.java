package org.scimspace.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The benchmark driver: starts the built WAR on Payara Micro with a fresh database (H2's file
 * database, or a PostgreSQL one),
 * runs the selected workloads over HTTP (and SFTP for workload 6), prints the table and appends it to the results
 * file. Run it with {@code mvn -Pbench verify} (README.md, "Benchmark"); settings:
 *
 * <ul>
 *   <li>{@code bench.scale} {@code full} (the numbers) or {@code smoke}
 *   <li>{@code bench.workloads} e.g. {@code 1,2,3,4,5,6}
 *   <li>{@code bench.loaders} concurrent clients for set-up loads (default 16)
 *   <li>{@code bench.record} {@code false} to leave the results file alone
 *   <li>{@code bench.note} a line for the results file (the machine, what else ran)
 *   <li>{@code bench.minFreeGiB} loading stops when the disk has less free space (default 10)
 *   <li>{@code bench.database} {@code h2} (default) or {@code postgresql}, with {@code
 *       bench.postgres.url} (JDBC URL of a database the role may connect to), {@code
 *       bench.postgres.user} (a role that may create databases) and {@code bench.postgres.password}
 *   <li>{@code bench.server.jvm.options} extra server JVM options (after run.sh's and
 *       {@code SCIMSPACE_JAVA_OPTS})
 * </ul>
 */
public final class Bench {

    /** The server JVM options of {@code server-config/run.sh}. */
    static final List<String> RUN_SH_JVM_OPTIONS = List.of("-XX:+UseSerialGC");

    private static final long STARTED = System.nanoTime();

    private Bench() {}

    public static void main(String[] args) {
        System.exit(run());
    }

    static void log(String message) {
        long seconds = (System.nanoTime() - STARTED) / 1_000_000_000L;
        System.out.printf("[bench %02d:%02d] %s%n", seconds / 60, seconds % 60, message);
        System.out.flush();
    }

    private static int run() {
        Scale named = Scale.of(setting("bench.scale", "full"));
        String scaleUsers = setting("bench.scaleUsers", "").trim();
        Scale scale = scaleUsers.isEmpty() ? named : named.withScaleUsers(Integer.parseInt(scaleUsers));
        TreeSet<Integer> workloads = new TreeSet<>();
        for (String w : setting("bench.workloads", "1,2,3,4,5,6").split("[,\\s]+")) {
            int number = Integer.parseInt(w.trim());
            if (number < 1 || number > 6) {
                throw new IllegalArgumentException("bench.workloads takes 1 to 6, not " + number);
            }
            workloads.add(number);
        }
        Path base = Path.of(setting("bench.basedir", ".")).toAbsolutePath().normalize();
        Path target = base.resolve("target");
        Path war = Path.of(setting("bench.war", target.resolve("scimspace.war").toString()));
        Path micro = Path.of(
                setting("bench.micro.jar", target.resolve("payara-micro.jar").toString()));
        Path results = Path.of(
                setting("bench.results", base.resolve("src/bench/RESULTS.md").toString()));
        boolean record = Boolean.parseBoolean(setting("bench.record", "true"));
        int loaders = Integer.parseInt(setting("bench.loaders", "16"));
        for (Path required : List.of(war, micro)) {
            if (!Files.isRegularFile(required)) {
                throw new IllegalStateException(required + " is missing: run through mvn -Pbench verify");
            }
        }

        String stamp = ZonedDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
        Path dataDir = target.resolve("bench-data").resolve(stamp);
        deleteTree(target.resolve("bench-data"));
        Path serverLog = target.resolve("bench-logs").resolve("server-" + stamp + ".log");
        List<String> jvmOptions = new ArrayList<>(RUN_SH_JVM_OPTIONS);
        jvmOptions.addAll(words(System.getenv("SCIMSPACE_JAVA_OPTS")));
        jvmOptions.addAll(words(setting("bench.server.jvm.options", "")));

        List<String> context = context(scale, workloads, jvmOptions, base);
        log("Scimspace benchmark, scale " + scale.name() + ", workloads " + workloads);
        context.forEach(line -> log("  " + line));

        String operatorToken = "operator-bench-" + secret();
        Report report = new Report();
        int failed = 0;
        long runStart = System.nanoTime();
        createDirectories(dataDir);
        BenchDatabase database = database(base, dataDir, stamp);
        String databaseLine = "database: " + database.describe();
        context.add(databaseLine);
        log("  " + databaseLine);
        try (database;
                Server server = Server.start(
                        micro,
                        war,
                        database,
                        serverLog,
                        jvmOptions,
                        Map.of(
                                "scimspace.operator.token",
                                operatorToken,
                                "scimspace.bootstrap.admin.password",
                                "bench-" + secret(),
                                "scimspace.secret.key",
                                secretKey()))) {
            log(String.format(
                    "Server pid %d answers at %s after %.1f s",
                    server.pid(), server.url(), server.startToReadyNanos() / 1e9));
            Run run = new Run(
                    server,
                    operatorToken,
                    scale,
                    report,
                    loaders,
                    dataDir,
                    database,
                    Integer.parseInt(setting("bench.minFreeGiB", "10")));
            for (int workload : workloads) {
                long start = System.nanoTime();
                log("Workload " + workload + " starts");
                try {
                    switch (workload) {
                        case 1 -> EntraCycle.run(run);
                        case 2 -> SteadyState.run(run);
                        case 3 -> ScaleWorkload.run(run);
                        case 4 -> FanOut.run(run);
                        case 5 -> Footprint.run(run);
                        case 6 -> RemoteSourceSync.run(run);
                        default -> throw new IllegalStateException();
                    }
                } catch (RuntimeException e) {
                    failed++;
                    log("Workload " + workload + " FAILED: " + e);
                    e.printStackTrace(System.out);
                    report.info(Integer.toString(workload), "FAILED", Meter.abbreviate(String.valueOf(e.getMessage())));
                }
                log(String.format("Workload %d done in %.1f s", workload, (System.nanoTime() - start) / 1e9));
            }
            log("Stopping the server");
        }
        double minutes = (System.nanoTime() - runStart) / 60e9;
        context.add(String.format("whole run: %.1f min; server log: `%s`", minutes, base.relativize(serverLog)));

        System.out.println();
        System.out.println("Scimspace benchmark, scale " + scale.name());
        System.out.print(report.text());
        System.out.println();
        if (record) {
            String heading =
                    ZonedDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'"))
                            + " — " + scale.name()
                            + ("smoke".equals(scale.name()) ? " (checks the harness only; not real figures)" : "");
            report.append(results, heading, context);
            log("Appended to " + results);
        }
        return failed == 0 ? 0 : 1;
    }

    /** {@code bench.database}: {@code h2} (run.sh's default) or {@code postgresql} (bench.postgres.*). */
    private static BenchDatabase database(Path base, Path dataDir, String stamp) {
        String kind = setting("bench.database", "h2");
        Path postBoot = base.resolve("server-config/payara/post-boot-" + kind + ".asadmin");
        if (!Files.isRegularFile(postBoot)) {
            throw new IllegalArgumentException("bench.database takes h2 or postgresql, not " + kind);
        }
        if (kind.equals("h2")) {
            return new H2Files(dataDir, postBoot);
        }
        return new PostgresDatabase(
                required("bench.postgres.url"),
                required("bench.postgres.user"),
                required("bench.postgres.password"),
                "scimspace_bench_" + stamp.replace('-', '_'),
                postBoot,
                base.resolve("target/postgresql.jar"));
    }

    private static String required(String name) {
        String value = setting(name, "");
        if (value.isEmpty()) {
            throw new IllegalArgumentException(name + " is needed with bench.database=postgresql");
        }
        return value;
    }

    private static List<String> context(Scale scale, TreeSet<Integer> workloads, List<String> jvmOptions, Path base) {
        List<String> lines = new ArrayList<>();
        lines.add("scale: **" + scale.name() + "**, workloads " + workloads);
        lines.add(String.format(
                "machine: %d cores (nproc), %s memory, load average at start %s, %s %s",
                Runtime.getRuntime().availableProcessors(),
                memTotal(),
                loadAverage(),
                System.getProperty("os.name"),
                System.getProperty("os.version")));
        lines.add("Java: " + System.getProperty("java.vm.vendor") + " " + System.getProperty("java.runtime.version")
                + "; server JVM options: `" + String.join(" ", jvmOptions) + "`");
        lines.add("commit: " + gitCommit(base));
        String note = setting("bench.note", "");
        if (!note.isEmpty()) {
            lines.add("note: " + note);
        }
        lines.add(String.format("disk free at start under target/: %,.0f GiB", freeGiB(base)));
        lines.add(MachineSpeed.measure(base.resolve("target")));
        return lines;
    }

    static double freeGiB(Path dir) {
        try {
            return Files.getFileStore(dir).getUsableSpace() / 1073741824.0;
        } catch (IOException e) {
            return -1;
        }
    }

    private static String memTotal() {
        try (Stream<String> lines = Files.lines(Path.of("/proc/meminfo"))) {
            return lines.filter(line -> line.startsWith("MemTotal:"))
                    .map(line -> String.format("%.1f GiB", Long.parseLong(line.replaceAll("[^0-9]", "")) / 1048576.0))
                    .findFirst()
                    .orElse("unknown");
        } catch (IOException | UncheckedIOException e) {
            return "unknown";
        }
    }

    private static String loadAverage() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return String.join(" ", Arrays.copyOf(fields, 3));
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static String gitCommit(Path base) {
        String commit = command(base, "git", "rev-parse", "--short", "HEAD");
        if (commit == null || commit.isBlank()) {
            return "unknown";
        }
        String branch = command(base, "git", "rev-parse", "--abbrev-ref", "HEAD");
        String changes = command(base, "git", "status", "--porcelain", "--untracked-files=no");
        return commit.trim()
                + (branch == null ? "" : " (" + branch.trim() + ")")
                + (changes != null && !changes.isBlank() ? " with uncommitted changes" : "");
    }

    private static String command(Path dir, String... command) {
        try {
            Process process = new ProcessBuilder(command)
                    .directory(dir.toFile())
                    .redirectErrorStream(true)
                    .start();
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            return process.waitFor() == 0 ? out : null;
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    private static String setting(String name, String fallback) {
        String value = System.getProperty(name);
        return value == null || value.isBlank() ? fallback : value.trim();
    }

    private static List<String> words(String text) {
        return text == null || text.isBlank() ? List.of() : List.of(text.trim().split("\\s+"));
    }

    private static String secret() {
        byte[] bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    /** A fresh key for remote sources' secrets: base64 of 32 random bytes, as run.sh makes one. */
    private static String secretKey() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return Base64.getEncoder().encodeToString(bytes);
    }

    private static void createDirectories(Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create " + dir, e);
        }
    }

    private static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot remove " + dir, e);
        }
    }
}
