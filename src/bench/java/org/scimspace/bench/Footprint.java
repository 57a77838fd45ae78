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
                mib(run.footprintRssKib()));
        r.info(
                W,
                "server RSS now; peak (VmRSS; VmHWM)",
                mib(run.server.memoryKib("VmRSS")) + "; " + mib(run.server.memoryKib("VmHWM")));
        r.info(W, "H2 database files", String.format("%,.0f MiB", run.databaseBytes() / 1048576.0));
    }

    private static String mib(long kib) {
        return kib < 0 ? "n/a" : String.format("%,d MiB", kib / 1024);
    }
}
