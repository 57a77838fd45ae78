package org.scimspace.workspace.control;

import java.util.List;

import org.scimspace.workspace.entity.Workspace;

/** Where the membership rules write each effect (the provisioning log, or a test's list). */
@FunctionalInterface
public interface MembershipLog {

    void record(String tenantId, String workspaceId, List<String> userIds, String operation, String reason);

    default void record(Workspace workspace, List<String> userIds, String operation, String reason) {
        if (!userIds.isEmpty()) {
            record(workspace.getTenantId(), workspace.getId(), userIds, operation, reason);
        }
    }
}
