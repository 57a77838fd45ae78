package org.scimspace.storage;

import java.lang.reflect.Method;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;

/**
 * The storage engine (MVStore) behind an H2 connection, reached through H2's own classes by
 * reflection: H2 is the server's library (Payara bundles it), not the application's, and only
 * the embedded deployment uses it. Keeps the engine object, not the connection, which goes back
 * to the pool.
 */
final class H2Store {

    private static final int MAX_WRAPPERS = 3;
    private static final String H2_CONNECTION = "org.h2.jdbc.JdbcConnection";
    private static final String[] PHYSICAL_CONNECTION_ACCESSORS = {"getConnection", "getUnderlyingConnection"};

    private final Object mvStore;
    private final Object fileStore;
    private final Method compact;
    private final Method isClosed;
    private final Method chunksFillRate;

    private H2Store(Object mvStore) throws ReflectiveOperationException {
        this.mvStore = mvStore;
        this.fileStore = call(mvStore, "getFileStore");
        this.compact = mvStore.getClass().getMethod("compact", int.class, int.class);
        this.isClosed = mvStore.getClass().getMethod("isClosed");
        this.chunksFillRate = fileStore.getClass().getMethod("getChunksFillRate");
    }

    static boolean isH2(Connection connection) throws SQLException {
        return "H2".equals(connection.getMetaData().getDatabaseProductName());
    }

    /**
     * Follows the pool's connection to H2's, then session → database → store → MVStore. Pools
     * hand out wrappers whose {@code unwrap} cannot return a class (Payara builds an interface
     * proxy), so the wrapper's own accessor for the physical connection is used: Payara's
     * {@code getConnection()}, WildFly's {@code getUnderlyingConnection()}.
     */
    static H2Store of(Connection pooled) throws SQLException, ReflectiveOperationException {
        Object connection = pooled;
        for (int hop = 0; hop < MAX_WRAPPERS && !isH2Connection(connection); hop++) {
            connection = physical(connection);
        }
        if (!isH2Connection(connection)) {
            throw new SQLException(
                    "No H2 connection behind " + pooled.getClass().getName());
        }
        Object session = call(connection, "getSession");
        Object database = call(session, "getDatabase");
        Object store = call(database, "getStore");
        return new H2Store(call(store, "getMvStore"));
    }

    private static Object physical(Object wrapper) throws ReflectiveOperationException {
        for (String accessor : PHYSICAL_CONNECTION_ACCESSORS) {
            try {
                return call(wrapper, accessor);
            } catch (NoSuchMethodException e) {
                // not this pool's accessor: try the next
            }
        }
        throw new NoSuchMethodException("No accessor for the physical connection on "
                + wrapper.getClass().getName());
    }

    boolean isOpen() throws ReflectiveOperationException {
        return !(Boolean) isClosed.invoke(mvStore);
    }

    /** How full the file's chunks are on average (percent). */
    int fillRate() throws ReflectiveOperationException {
        return (Integer) chunksFillRate.invoke(fileStore);
    }

    /** Whether the file's chunks are on average less full than {@code targetFillRate} percent. */
    boolean needsCompaction(int targetFillRate) throws ReflectiveOperationException {
        return fillRate() < targetFillRate;
    }

    /**
     * Rewrites chunks below the fill rate, at most {@code writeLimit} bytes (MVStore.compact).
     * H2 only tries its store lock and gives up when a commit holds it, which under steady
     * writes is most of the time, so this tries again until it gets through or there is
     * nothing left to do.
     *
     * @return whether it got through (or found nothing to do) within {@code attempts}
     */
    boolean compact(int targetFillRate, int writeLimit, int attempts, Duration pause)
            throws ReflectiveOperationException, InterruptedException {
        for (int attempt = 0; attempt < attempts; attempt++) {
            if (!needsCompaction(targetFillRate) || (Boolean) compact.invoke(mvStore, targetFillRate, writeLimit)) {
                return true;
            }
            Thread.sleep(pause.toMillis());
        }
        return false;
    }

    /**
     * By name: the application's class loader may not see H2 at all (WildFly gives the driver
     * its own module), only the connection's classes know it.
     */
    private static boolean isH2Connection(Object connection) {
        for (Class<?> type = connection.getClass(); type != null; type = type.getSuperclass()) {
            if (H2_CONNECTION.equals(type.getName())) {
                return true;
            }
        }
        return false;
    }

    private static Object call(Object target, String method) throws ReflectiveOperationException {
        return target.getClass().getMethod(method).invoke(target);
    }
}
