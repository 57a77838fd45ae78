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
     * How a run rewrites: at most {@code slices} rewrites of up to {@code sliceLimit} bytes each,
     * {@code pause} apart, each trying for the store's lock {@code attempts} times {@link
     * #LOCK_PAUSE} apart. H2 holds the store while it rewrites a slice, so a commit waits for at
     * most one slice.
     */
    record Pace(int slices, int sliceLimit, Duration pause, int attempts) {}

    /**
     * The file is full enough: up to 4 MB per second in 512 KB slices. One 16 MB rewrite every
     * 2 s put SCIM writes' p99 near 230 ms in the benchmark's workload 1; 4 MB per second in one
     * go near 100 ms, and the 25 requests/s workload's p99 at 50 ms. 1 MB per second fell behind.
     */
    static final Pace KEEPING_UP = new Pace(8, 512 * 1024, Duration.ofMillis(25), 20);

    /**
     * The file is falling behind, as under a bulk load (Entra's first cycle): up to 16 MB per
     * second in 2 MB slices. 4 MB per second let the file reach 13 GB after 57,000 users loaded
     * by 16 clients. One 16 MB rewrite made the commits of the steady load that follows a bulk
     * load wait up to 230 ms (workload 2's max 204–227 ms, PATCH p99 60–120 ms); 2 MB slices
     * 5 ms apart: max 66 ms, PATCH p99 27–29 ms, for a file 27 % larger after 100,000 users
     * and a p50 1.4 ms higher. 1 MB slices 20 ms apart: max 47–50 ms, but 2.7 times the file.
     */
    static final Pace CATCHING_UP = new Pace(8, 2 * 1024 * 1024, Duration.ofMillis(5), 60);

    /** Below this fill rate (percent) the file is falling behind. */
    static final int BEHIND_FILL_RATE = 50;

    static final Duration LOCK_PAUSE = Duration.ofMillis(5);

    /** A run ends within about this, before the next one is due. */
    static final Duration RUN_LIMIT = Duration.ofMillis(800);

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
            Pace pace = store.fillRate() < BEHIND_FILL_RATE ? CATCHING_UP : KEEPING_UP;
            long deadline = System.nanoTime() + RUN_LIMIT.toNanos();
            for (int slice = 0;
                    slice < pace.slices() && System.nanoTime() < deadline && store.needsCompaction(TARGET_FILL_RATE);
                    slice++) {
                if (slice > 0) {
                    Thread.sleep(pace.pause().toMillis());
                }
                store.compact(TARGET_FILL_RATE, pace.sliceLimit(), pace.attempts(), LOCK_PAUSE);
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
