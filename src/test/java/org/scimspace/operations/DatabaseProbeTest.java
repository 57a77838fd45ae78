package org.scimspace.operations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The readiness probe against a real H2 database that answers, refuses, and hangs. */
class DatabaseProbeTest {

    /** For the hung database: short, so the test is quick. */
    private static final Duration SHORT = Duration.ofMillis(300);

    /** For answers: long enough for a cold start of H2 on a busy machine. */
    private static final Duration LONG = Duration.ofSeconds(20);

    private final ExecutorService executor = Executors.newCachedThreadPool();

    @AfterEach
    void stopExecutor() {
        executor.shutdownNow();
    }

    @Test
    void aDatabaseThatAnswersIsUp() {
        DatabaseProbe.Result result = new DatabaseProbe(h2("probe-up"), executor, LONG).check();

        assertTrue(result.up(), result::toString);
        assertEquals("answered", result.state());
    }

    @Test
    void aDatabaseThatRefusesIsDownWithItsError() {
        JdbcDataSource missing = new JdbcDataSource();
        missing.setURL("jdbc:h2:mem:probe-missing;IFEXISTS=TRUE");

        DatabaseProbe.Result result = new DatabaseProbe(missing, executor, LONG).check();

        assertFalse(result.up());
        assertEquals("query failed", result.state());
        assertInstanceOf(SQLException.class, result.cause().getCause());
    }

    @Test
    void aDatabaseThatHangsIsDownWithinTheTimeoutAndCollectsNoWaitingQueries() throws Exception {
        JdbcDataSource h2 = h2("probe-hang");
        // A pool hands out a connection it opened earlier; the database then stops answering
        // it: in H2's exclusive mode, every other session's statements wait.
        Connection pooled = returnedToPoolOnClose(h2.getConnection());
        AtomicInteger borrowed = new AtomicInteger();
        DataSource pool = (DataSource) Proxy.newProxyInstance(
                getClass().getClassLoader(), new Class<?>[] {DataSource.class}, (proxy, method, args) -> {
                    if (method.getName().equals("getConnection")) {
                        borrowed.incrementAndGet();
                        return pooled;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
        assertTrue(new DatabaseProbe(pool, executor, LONG).check().up(), "warmed up");
        DatabaseProbe probe = new DatabaseProbe(pool, executor, SHORT);

        try (Connection exclusive = h2.getConnection();
                Statement statement = exclusive.createStatement()) {
            statement.execute("SET EXCLUSIVE 1");
            long start = System.nanoTime();
            DatabaseProbe.Result hung = probe.check();
            long waitedMillis = Duration.ofNanos(System.nanoTime() - start).toMillis();

            assertFalse(hung.up());
            assertEquals("no answer within 300 ms", hung.state());
            assertInstanceOf(TimeoutException.class, hung.cause());
            assertTrue(waitedMillis < 2_000, "answered after " + waitedMillis + " ms");
            assertFalse(probe.check().up());
            assertEquals(
                    2,
                    borrowed.get(),
                    "the warm-up, then one query: the next check waits for the query still outstanding");

            statement.execute("SET EXCLUSIVE 0");
        }
        assertTrue(awaitUp(probe), "up again once the database answers");
    }

    /** The connection as a pool lends it: closing it gives it back, open. */
    private static Connection returnedToPoolOnClose(Connection connection) {
        return (Connection) Proxy.newProxyInstance(
                DatabaseProbeTest.class.getClassLoader(), new Class<?>[] {Connection.class}, (proxy, method, args) -> {
                    if (method.getName().equals("close")) {
                        return null;
                    }
                    try {
                        return method.invoke(connection, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    private static boolean awaitUp(DatabaseProbe probe) throws InterruptedException {
        for (int i = 0; i < 50; i++) {
            if (probe.check().up()) {
                return true;
            }
            Thread.sleep(100);
        }
        return false;
    }

    private static JdbcDataSource h2(String name) {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1");
        return h2;
    }
}
