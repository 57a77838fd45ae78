package org.scimspace.scim.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;

import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

import org.scimspace.audit.AuditLog;
import org.scimspace.audit.LogLine;

/**
 * One transaction for a SCIM write and its provisioning log line (product rule 9): the change
 * and its line commit together, once. A write that fails rolls back whole; {@link
 * ScimWriteRecorder} then records the failure on its own.
 */
@Stateless
public class ScimWriteTransaction {

    @Inject
    AuditLog log;

    /**
     * @param work the write, building its response inside the transaction
     * @param lineOf the log line of a successful response
     */
    public Response run(Supplier<Response> work, Function<Response, Optional<LogLine>> lineOf) {
        Response response = work.get();
        lineOf.apply(response).ifPresent(log::record);
        return response;
    }
}
