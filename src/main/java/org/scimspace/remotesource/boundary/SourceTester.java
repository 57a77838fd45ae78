package org.scimspace.remotesource.boundary;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import org.scimspace.audit.AuditLog;
import org.scimspace.remotesource.control.ConnectionProbe;
import org.scimspace.remotesource.control.FetchLimits;
import org.scimspace.remotesource.control.SftpFetcher;
import org.scimspace.remotesource.control.SourceCredentials;
import org.scimspace.remotesource.control.SourceLines;

/**
 * "Test connection": reaches the source's server, reports its host key fingerprint and whether
 * it is the expected one, and (only then) whether the credentials are accepted. Lists and
 * reads nothing of the server's files. Holds no transaction while it waits on the network.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SourceTester {

    @Inject
    RemoteSourceService sources;

    @Inject
    AuditLog log;

    public ConnectionProbe test(String tenantId, String sourceId, String actor) {
        SourceCredentials credentials = sources.credentials(tenantId, sourceId);
        ConnectionProbe probe = new SftpFetcher(FetchLimits.DEFAULT).probe(credentials);
        if (probe.presentedFingerprint() != null
                && credentials.expectedFingerprint() != null
                && !probe.hostKeyMatches()) {
            log.record(SourceLines.refused(
                    tenantId, actor, "host key mismatch", sourceId, null, "connection test: " + probe.message()));
        }
        return probe;
    }
}
