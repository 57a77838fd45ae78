package org.scimspace.scim.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.HttpHeaders;

import java.util.logging.Level;
import java.util.logging.Logger;

import org.scimspace.audit.AuditLog;
import org.scimspace.common.CurrentRequest;

/**
 * Records every failed SCIM write in the provisioning log (product rule 9). A failed write's
 * transaction has rolled back, so its line is written alone; a successful write recorded its
 * line in its own transaction ({@link ScimWriteTransaction}). Requests without a known tenant
 * (no or unknown token) have nowhere to go and are not recorded.
 */
@ApplicationScoped
public class ScimWriteRecorder implements ContainerResponseFilter {

    private static final Logger LOG = Logger.getLogger(ScimWriteRecorder.class.getName());

    @Inject
    AuditLog log;

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (response.getStatus() < 400 || !(request.getProperty(ScimCaller.PROPERTY) instanceof ScimCaller caller)) {
            return;
        }
        ScimWriteLine.of(
                        caller,
                        request.getMethod(),
                        request.getUriInfo().getPath(),
                        response.getStatus(),
                        response.getHeaderString(HttpHeaders.LOCATION),
                        response.getEntity() instanceof ScimError error ? error : null)
                .ifPresent(line -> {
                    try {
                        log.recordAlone(line);
                    } catch (RuntimeException e) {
                        // The request's outcome is settled: failing its response now would make
                        // Entra retry a change that was applied, so the gap is reported here.
                        LOG.log(
                                Level.SEVERE,
                                "Could not record " + line.operation() + " of tenant " + line.tenantId()
                                        + " in the provisioning log" + CurrentRequest.logSuffix(),
                                e);
                    }
                });
    }
}
