package org.scimspace.storage;

import jakarta.annotation.Resource;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;

import javax.sql.DataSource;

/**
 * Compacts the embedded H2 database file every second; does nothing on any other database.
 *
 * <p>The H2 pool runs with {@code WRITE_DELAY=0} so that a commit is written before the client
 * hears of it. H2 then never runs its background writer, which is also what rewrites partly
 * used chunks: each commit writes a new chunk and the file grows by roughly 100–300 KB per
 * write, without bound (measured: 32 GB for 100,000 SCIM users). Doing the background writer's
 * compaction here, with the pool's {@code RETENTION_TIME=1000} so that freed chunks are reused
 * after a second (not 0: H2 then reuses chunks that concurrent transactions still read), keeps the file near the size of its data. See {@link H2Store} for how the store is
 * reached.
 */
@Singleton
public class H2Compaction {

    private static final Logger LOG = Logger.getLogger(H2Compaction.class.getName());

    /** Chunks less full than this are rewritten, as H2's own background writer does (percent). */
    static final int TARGET_FILL_RATE = 80;

    /**
     * A run rewrites at most this many slices of {@link #SLICE_LIMIT} bytes, {@link
     * #SLICE_PAUSE} apart, and stops early once the file is full enough. H2 holds the store
     * while it rewrites, so commits wait for a slice: one 16 MB rewrite every 2 s put SCIM
     * writes' p99 near 230 ms in the benchmark's workload 1; 4 MB per second in one go near
     * 100 ms, and the 25 requests/s workload's p99 at 50 ms. 1 MB per second fell behind.
     */
    static final int SLICES = 8;

    static final int SLICE_LIMIT = 512 * 1024;

    static final Duration SLICE_PAUSE = Duration.ofMillis(25);

    /** A run ends within about this, before the next one is due. */
    static final Duration RUN_LIMIT = Duration.ofMillis(800);

    /** Tries for the store's lock this often per slice, {@link #PAUSE} apart: about 100 ms. */
    static final int ATTEMPTS = 20;

    /**
     * Below this fill rate (percent) the file is falling behind, as under a bulk load (Entra's
     * first cycle): then a run is one rewrite of up to {@link #CATCH_UP_LIMIT} bytes, trying
     * for the lock up to {@link #CATCH_UP_ATTEMPTS} times. Slices alone let the file reach
     * 13 GB after 57,000 users loaded by 16 clients.
     */
    static final int BEHIND_FILL_RATE = 50;

    static final int CATCH_UP_LIMIT = 16 * 1024 * 1024;

    static final int CATCH_UP_ATTEMPTS = 100;

    static final Duration PAUSE = Duration.ofMillis(5);

    @Resource(lookup = "jdbc/scimspace")
    DataSource dataSource;

    private H2Store store;
    private boolean notH2;

    @Schedule(hour = "*", minute = "*", second = "*", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void compact() {
        if (notH2) {
            return;
        }
        try {
            if (store == null || !store.isOpen()) {
                store = find();
                if (store == null) {
                    return;
                }
            }
            if (store.fillRate() < BEHIND_FILL_RATE) {
                store.compact(TARGET_FILL_RATE, CATCH_UP_LIMIT, CATCH_UP_ATTEMPTS, PAUSE);
                return;
            }
            long deadline = System.nanoTime() + RUN_LIMIT.toNanos();
            for (int slice = 0;
                    slice < SLICES && System.nanoTime() < deadline && store.needsCompaction(TARGET_FILL_RATE);
                    slice++) {
                if (slice > 0) {
                    Thread.sleep(SLICE_PAUSE.toMillis());
                }
                store.compact(TARGET_FILL_RATE, SLICE_LIMIT, ATTEMPTS, PAUSE);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (SQLException | ReflectiveOperationException | RuntimeException e) {
            store = null;
            LOG.log(Level.WARNING, "Could not compact the embedded H2 database; will try again", e);
        }
    }

    private H2Store find() throws SQLException, ReflectiveOperationException {
        try (Connection connection = dataSource.getConnection()) {
            if (!H2Store.isH2(connection)) {
                notH2 = true;
                return null;
            }
            H2Store found = H2Store.of(connection);
            LOG.info("Embedded H2 database: compacting its file every second.");
            return found;
        }
    }
}
