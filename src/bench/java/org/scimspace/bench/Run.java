package org.scimspace.bench;

import java.nio.file.Path;

/** What the workloads share: the server, the sizes, the table and the large "scale" tenant. */
final class Run {

    final Server server;
    final Scale scale;
    final Report report;
    /** Concurrent clients for set-up loads (not measured). */
    final int loaders;
    /** The run's directory under {@code target/bench-data} (with H2, the database's). */
    final Path dataDir;

    final BenchDatabase database;
    /** Loading stops (the workload fails) when the disk has less free space than this. */
    final int minFreeGiB;

    private final String operatorToken;
    private ScaleTenant scaleTenant;
    private long footprintRssKib = -1;

    Run(
            Server server,
            String operatorToken,
            Scale scale,
            Report report,
            int loaders,
            Path dataDir,
            BenchDatabase database,
            int minFreeGiB) {
        this.server = server;
        this.operatorToken = operatorToken;
        this.scale = scale;
        this.report = report;
        this.loaders = loaders;
        this.dataDir = dataDir;
        this.database = database;
        this.minFreeGiB = minFreeGiB;
    }

    Tenant tenant(String name) {
        return Tenant.create(server.url(), operatorToken, name);
    }

    /** The tenant holding the large directory (1,000,000 users, the 100,000-member group). */
    synchronized ScaleTenant scaleTenant() {
        if (scaleTenant == null) {
            scaleTenant = new ScaleTenant(this, tenant("bench-scale"));
        }
        return scaleTenant;
    }

    /** Called by the loader the moment the scale tenant holds {@code footprintUsers} users. */
    void sampleFootprint() {
        footprintRssKib = server.memoryKib("VmRSS");
        Bench.log(
                String.format("  server RSS with %,d users: %,d MiB", scale.footprintUsers(), footprintRssKib / 1024));
    }

    long footprintRssKib() {
        return footprintRssKib;
    }

    /** Logs the database's size: H2's file falls behind its data under write loads. */
    void logDatabaseSize(String when) {
        Bench.log(String.format("  database size %s: %,.0f MiB", when, databaseBytes() / 1048576.0));
    }

    /** The database's size on disk in bytes. */
    long databaseBytes() {
        return database.sizeBytes();
    }
}
