package org.scimspace.bench;

import java.util.List;
import java.util.Map;

/**
 * The fresh database a benchmark run's server works on: the embedded H2 file database of
 * {@code server-config/run.sh} (the default) or a PostgreSQL database made for the run, as
 * {@code run.sh} uses one with {@code SCIMSPACE_DB_HOST}.
 */
interface BenchDatabase extends AutoCloseable {

    /** Payara Micro's arguments for this database: its post-boot file, its driver. */
    List<String> serverArguments();

    /** The server's system properties for this database. */
    Map<String, String> serverProperties();

    /** The database's size on disk in bytes, or -1 when it cannot be read. */
    long sizeBytes();

    /** What the results file says about the database, e.g. "H2 file database under target/". */
    String describe();

    /** Removes what the run made (a PostgreSQL database); H2's files stay until the next run. */
    @Override
    void close();
}
