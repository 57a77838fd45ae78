package org.scimspace.operations;

import jakarta.enterprise.context.ApplicationScoped;

import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.logging.Logger;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;
import org.scimspace.common.CurrentRequest;

/**
 * Alive unless threads are deadlocked: a deadlock never resolves and holds locks (and
 * database rows) until the process is restarted, which is what a failed liveness probe asks
 * for. The database is deliberately not part of it: restarting the server does not bring a
 * database back, readiness covers that.
 */
@Liveness
@ApplicationScoped
public class DeadlockLiveness implements HealthCheck {

    static final String NAME = "deadlocks";

    private static final Logger LOG = Logger.getLogger(DeadlockLiveness.class.getName());

    @Override
    public HealthCheckResponse call() {
        List<String> deadlocked = Deadlocks.threadNames(ManagementFactory.getThreadMXBean());
        if (!deadlocked.isEmpty()) {
            LOG.severe(() -> "Deadlocked threads " + deadlocked + ": not alive" + CurrentRequest.logSuffix());
        }
        return HealthCheckResponse.named(NAME)
                .status(deadlocked.isEmpty())
                .withData("deadlockedThreads", deadlocked.size())
                .build();
    }
}
