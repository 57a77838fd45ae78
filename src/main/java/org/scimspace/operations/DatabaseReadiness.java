package org.scimspace.operations;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

import javax.sql.DataSource;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.scimspace.common.CurrentRequest;

/**
 * Ready means the database answers: without it every SCIM request would fail, and a load
 * balancer should send Entra elsewhere. The answer says only up or down and why in a few
 * words; what failed goes to the server log, once per change, not once per probe.
 */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    static final String NAME = "database";

    /** Well below the usual probe timeouts of load balancers and Kubernetes (a few seconds). */
    static final Duration TIMEOUT = Duration.ofSeconds(2);

    private static final Logger LOG = Logger.getLogger(DatabaseReadiness.class.getName());

    @Resource(lookup = "jdbc/scimspace")
    DataSource dataSource;

    @Resource
    ManagedExecutorService executor;

    private final AtomicBoolean lastUp = new AtomicBoolean(true);
    private DatabaseProbe probe;

    @PostConstruct
    void createProbe() {
        probe = new DatabaseProbe(dataSource, executor, TIMEOUT);
    }

    @Override
    public HealthCheckResponse call() {
        DatabaseProbe.Result result = probe.check();
        if (lastUp.getAndSet(result.up()) != result.up()) {
            if (result.up()) {
                LOG.info(() -> "The database answers again" + CurrentRequest.logSuffix());
            } else {
                LOG.log(
                        Level.WARNING,
                        "The database does not answer (" + result.state() + "): not ready" + CurrentRequest.logSuffix(),
                        result.cause());
            }
        }
        return HealthCheckResponse.named(NAME)
                .status(result.up())
                .withData("check", result.state())
                .build();
    }
}
