package org.scimspace.remotesource.sync;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.scimspace.workspace.control.MembershipLog;

/**
 * The provisioning log lines of a chunk of changes, one per user, gathered by operation and
 * reason so that the log writes each group in a few multi-row statements.
 */
final class ChangeLines {

    private record Kind(String operation, String reason) {}

    private final MembershipLog log;
    private final String tenantId;
    private final String workspaceId;
    private final Map<Kind, List<String>> lines = new LinkedHashMap<>();

    ChangeLines(MembershipLog log, String tenantId, String workspaceId) {
        this.log = log;
        this.tenantId = tenantId;
        this.workspaceId = workspaceId;
    }

    void add(String userId, String operation, String reason) {
        lines.computeIfAbsent(new Kind(operation, reason), k -> new ArrayList<>())
                .add(userId);
    }

    void addAll(List<String> userIds, String operation, String reason) {
        userIds.forEach(userId -> add(userId, operation, reason));
    }

    /** Writes the lines gathered since the last time. */
    void write() {
        lines.forEach((kind, userIds) -> log.record(tenantId, workspaceId, userIds, kind.operation(), kind.reason()));
        lines.clear();
    }
}
