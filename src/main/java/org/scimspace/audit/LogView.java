package org.scimspace.audit;

import java.time.Instant;

/** A recorded line as the management API and the console show it. */
public record LogView(
        String id,
        Instant time,
        LogType type,
        String actor,
        String operation,
        String target,
        String userId,
        String workspaceId,
        boolean success,
        Integer status,
        String scimType,
        String detail,
        String requestId) {}
