package org.scimspace.audit;

/**
 * One line to record, as the component that made the change describes it. The log adds the
 * time and an id. {@code userId}, {@code workspaceId}, {@code status}, {@code scimType} and
 * {@code detail} may be null; the actor names a token by its id or a console user by login,
 * never by a secret.
 */
public record LogLine(
        String tenantId,
        LogType type,
        String actor,
        String operation,
        String target,
        String userId,
        String workspaceId,
        boolean success,
        Integer status,
        String scimType,
        String detail) {}
