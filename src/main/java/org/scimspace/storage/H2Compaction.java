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
 * compaction here, with the pool's {@code RETENTION_TIME=0} so that freed chunks are reused at
 * once, keeps the file near the size of its data. See {@link H2Store} for how the store is
 * reached.
 */
@Singleton
public class H2Compaction {

    private static final Logger LOG = Logger.getLogger(H2Compaction.class.getName());

    /** Chunks less full than this are rewritten, as H2's own background writer does (percent). */
    static final int TARGET_FILL_RATE = 80;

    /**
     * At most this much is rewritten per run (bytes), so that the commits waiting for the
     * store meanwhile wait briefly: 16 MB every 2 s put SCIM writes' p99 near 230 ms in the
     * benchmark's workload 1, 4 MB every second near 100 ms; 1 MB fell behind (twice the file).
     */
    static final int WRITE_LIMIT = 4 * 1024 * 1024;

    /** Tries for the store's lock this often per run, {@link #PAUSE} apart: about half a second. */
    static final int ATTEMPTS = 100;

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
            store.compact(TARGET_FILL_RATE, WRITE_LIMIT, ATTEMPTS, PAUSE);
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
