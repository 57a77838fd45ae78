package org.scimspace.bench;

import java.nio.file.Path;
import java.time.Duration;

/**
 * Workload 6: a workspace synced from a member register on an SFTP server (issue 7). The
 * driver serves the CSV over real SFTP; the server fetches, parses and applies it through
 * "sync now" of the management API, which answers the ended run with its counts. Measured:
 * a dry run, the first sync, a sync of the same file, and a sync of the next edition with
 * 30 % changed, 5 % dropped and 5 % new rows; rows/s and the server's memory.
 */
final class RemoteSourceSync {

    private static final String W = "6 Remote source sync";
    private static final Duration LONG = Duration.ofMinutes(60);
    private static final String FILE = "exports/members.csv";
    private static final String USER = "register";

    private RemoteSourceSync() {}

    static void run(Run run) {
        int rows = run.scale.remoteRows();
        MemberRegister register = new MemberRegister(rows);
        Path root = run.dataDir.resolveSibling(run.dataDir.getFileName() + "-sftp");
        String password = "sftp-" + Long.toHexString(System.nanoTime());
        try (SftpServer sftp = SftpServer.start(root, USER, password)) {
            Http management = run.tenant("bench-remote").management();
            String workspace = connectedWorkspace(management, sftp, password);
            Report r = run.report;
            long errors = 0;

            register.write(root.resolve(FILE), 1);
            long rssBefore = run.server.memoryKib("VmRSS");
            Timed dry = sync(management, workspace, true);
            errors += dry.expect(rows, 0, 0, 0) + memberCount(management, workspace, 0);
            Timed first = sync(management, workspace, false);
            errors += first.expect(rows, 0, 0, 0) + memberCount(management, workspace, rows);
            long rssAfterFirst = run.server.memoryKib("VmRSS");
            Timed same = sync(management, workspace, false);
            errors += same.expect(0, 0, 0, rows);

            register.write(root.resolve(FILE), 2);
            int changed = register.changed();
            int dropped = register.dropped();
            Timed next = sync(management, workspace, false);
            errors += next.expect(dropped, changed, dropped, rows - changed - dropped)
                    + memberCount(management, workspace, rows);

            r.info(W, String.format("dry run of a %,d-row file (all would be created)", rows), dry.text(rows));
            r.info(W, "first sync (all created)", first.text(rows));
            r.info(W, "sync of the same file (all unchanged)", same.text(rows));
            r.info(
                    W,
                    String.format(
                            "sync of the next edition: %,d changed, %,d dropped, %,d new", changed, dropped, dropped),
                    next.text(rows));
            r.info(
                    W,
                    "server RSS before the first sync; after it; peak of the run (VmRSS; VmRSS; VmHWM)",
                    Server.mib(rssBefore) + "; " + Server.mib(rssAfterFirst) + "; "
                            + Server.mib(run.server.memoryKib("VmHWM")));
            r.goal(W, "errors (failed runs, wrong counts or member counts)", Long.toString(errors), "0", errors == 0);
        }
    }

    /** A workspace with a "Department" profile field, connected to the driver's SFTP server. */
    private static String connectedWorkspace(Http management, SftpServer sftp, String password) {
        String workspace = management
                .expect("POST", "/workspaces", "{\"name\":\"Member register\"}", 201)
                .string("id");
        management.expect(
                "PUT",
                "/workspaces/" + workspace + "/profile-fields",
                "{\"profileFields\":[{\"name\":\"Department\",\"type\":\"text\"}]}",
                200);
        String source = management
                .expect(
                        "POST",
                        "/remote-sources",
                        String.format(
                                "{\"name\":\"Register\",\"host\":\"127.0.0.1\",\"port\":%d,\"user\":\"%s\","
                                        + "\"password\":\"%s\",\"hostKeyFingerprint\":\"%s\"}",
                                sftp.port(), USER, password, sftp.fingerprint()),
                        201)
                .string("id");
        management.expect(
                "PUT",
                "/workspaces/" + workspace + "/remote-source",
                "{\"sourceId\":\"" + source + "\",\"path\":\"" + FILE + "\",\"intervalMinutes\":0}",
                200);
        return workspace;
    }

    private static Timed sync(Http management, String workspace, boolean dryRun) {
        Bench.log("  " + (dryRun ? "dry run" : "sync"));
        long start = System.nanoTime();
        Http.Reply reply = management.send(
                "POST", "/workspaces/" + workspace + "/remote-source/sync?dryRun=" + dryRun, null, LONG);
        Timed timed = new Timed(System.nanoTime() - start, reply);
        Bench.log(String.format("  %.1f s: %s", timed.nanos / 1e9, Meter.abbreviate(reply.body())));
        return timed;
    }

    /** 1 when the workspace does not have {@code expected} members, else 0. */
    private static long memberCount(Http management, String workspace, long expected) {
        long count =
                management.expect("GET", "/workspaces/" + workspace, null, 200).number("memberCount");
        if (count != expected) {
            Bench.log("  the workspace has " + count + " members, expected " + expected);
            return 1;
        }
        return 0;
    }

    /** One "sync now" answer and how long it took. */
    private record Timed(long nanos, Http.Reply reply) {

        String text(int rows) {
            return String.format("%.1f s, %,.0f rows/s", nanos / 1e9, rows / (nanos / 1e9));
        }

        /** 0 when the run succeeded with these counts, else 1 (and why, in the log). */
        long expect(long created, long updated, long removed, long unchanged) {
            if (!reply.is(200) || !"SUCCEEDED".equals(reply.string("outcome"))) {
                Bench.log("  the run did not succeed: " + reply.status() + " " + Meter.abbreviate(reply.body()));
                return 1;
            }
            long[] expected = {created, updated, removed, unchanged};
            long[] actual = {
                reply.number("created"), reply.number("updated"), reply.number("removed"), reply.number("unchanged")
            };
            if (!java.util.Arrays.equals(expected, actual)) {
                Bench.log(String.format(
                        "  counts (created, updated, removed, unchanged) %s, expected %s",
                        java.util.Arrays.toString(actual), java.util.Arrays.toString(expected)));
                return 1;
            }
            return 0;
        }
    }
}
