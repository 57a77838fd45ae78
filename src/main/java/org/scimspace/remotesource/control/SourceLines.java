package org.scimspace.remotesource.control;

import org.scimspace.audit.LogLine;
import org.scimspace.audit.LogType;

/**
 * The provisioning log lines of remote sources: sources are account settings, connections
 * and runs belong to their workspace. Never a secret, only which ones are set.
 */
public final class SourceLines {

    private SourceLines() {}

    public static LogLine account(String tenantId, String actor, String operation, String sourceId, String detail) {
        return new LogLine(
                tenantId, LogType.ACCOUNT, actor, operation, target(sourceId), null, null, true, null, null, detail);
    }

    /** A connection that was refused: a host key mismatch, a server that would not take the credentials. */
    public static LogLine refused(
            String tenantId, String actor, String operation, String sourceId, String workspaceId, String detail) {
        return new LogLine(
                tenantId,
                LogType.ACCOUNT,
                actor,
                operation,
                target(sourceId),
                null,
                workspaceId,
                false,
                null,
                null,
                detail);
    }

    public static LogLine workspace(
            String tenantId, String actor, String operation, String workspaceId, boolean success, String detail) {
        return new LogLine(
                tenantId,
                LogType.WORKSPACE,
                actor,
                operation,
                "Workspace " + workspaceId,
                null,
                workspaceId,
                success,
                null,
                null,
                detail);
    }

    private static String target(String sourceId) {
        return "Remote source " + sourceId;
    }
}
