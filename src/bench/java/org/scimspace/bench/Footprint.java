package org.scimspace.bench;

/** Workload 5: start-to-ready, the server's RSS with the footprint's users, the database size. */
final class Footprint {

    private static final String W = "5 Footprint";

    private Footprint() {}

    static void run(Run run) {
        Report r = run.report;
        String payara = run.server.payaraReadyLine();
        r.info(
                W,
                "start to ready (process start to first HTTP answer)",
                String.format("%.1f s", run.server.startToReadyNanos() / 1e9)
                        + (payara == null ? "" : " (Payara: " + payara + ")"));
        run.scaleTenant().ensureUsers(run.scale.footprintUsers());
        r.info(
                W,
                String.format("server RSS with %,d users (VmRSS)", run.scale.footprintUsers()),
                Server.mib(run.footprintRssKib()));
        r.info(
                W,
                "server RSS now; peak (VmRSS; VmHWM)",
                Server.mib(run.server.memoryKib("VmRSS")) + "; " + Server.mib(run.server.memoryKib("VmHWM")));
        r.info(W, "database size on disk", String.format("%,.0f MiB", run.databaseBytes() / 1048576.0));
    }
}
