package org.scimspace.operations;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import javax.sql.DataSource;

/**
 * Asks the database a real query and waits a short time for the answer. The query runs on
 * another thread so that a database that hangs (an exhausted pool, a network that drops
 * packets) is reported as down within the time limit instead of holding the caller. At most
 * one query is outstanding: checks that arrive while one runs wait for that one, so a hung
 * database never collects a pile of waiting threads.
 */
public final class DatabaseProbe {

    static final String QUERY = "SELECT 1";

    /** The outcome of one check; {@code cause} is what failed, for the server log only. */
    public record Result(boolean up, String state, Throwable cause) {}

    private final DataSource dataSource;
    private final Executor executor;
    private final Duration timeout;
    private CompletableFuture<Void> outstanding;

    public DatabaseProbe(DataSource dataSource, Executor executor, Duration timeout) {
        this.dataSource = dataSource;
        this.executor = executor;
        this.timeout = timeout;
    }

    public Result check() {
        CompletableFuture<Void> query = outstandingQuery();
        try {
            query.get(timeout.toNanos(), TimeUnit.NANOSECONDS);
            return new Result(true, "answered", null);
        } catch (TimeoutException e) {
            return new Result(false, "no answer within " + timeout.toMillis() + " ms", e);
        } catch (ExecutionException e) {
            return new Result(false, "query failed", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Result(false, "interrupted", e);
        }
    }

    private synchronized CompletableFuture<Void> outstandingQuery() {
        if (outstanding == null || outstanding.isDone()) {
            outstanding = CompletableFuture.runAsync(this::query, executor);
        }
        return outstanding;
    }

    private void query() {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement()) {
            statement.setQueryTimeout((int) Math.max(1, timeout.toSeconds()));
            statement.execute(QUERY);
        } catch (SQLException e) {
            throw new DatabaseUnavailable(e);
        }
    }

    /** Carries the database's refusal out of the query thread. */
    static final class DatabaseUnavailable extends RuntimeException {
        private static final long serialVersionUID = 1L;

        DatabaseUnavailable(SQLException cause) {
            super(cause.getMessage(), cause);
        }
    }
}
