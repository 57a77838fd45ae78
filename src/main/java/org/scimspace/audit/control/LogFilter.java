package org.scimspace.audit.control;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;

import org.scimspace.audit.LogQuery;

/**
 * The JPQL condition of a log search: always the tenant, then only the criteria given, so
 * every search can use one of the (tenant, …, time) indexes.
 */
public record LogFilter(String jpql, Map<String, Object> parameters) {

    public static LogFilter of(String tenantId, LogQuery query) {
        StringJoiner where = new StringJoiner(" and ");
        Map<String, Object> parameters = new LinkedHashMap<>();
        where.add("e.tenantId = :tenantId");
        parameters.put("tenantId", tenantId);
        if (query.from() != null) {
            where.add("e.time >= :from");
            parameters.put("from", query.from());
        }
        if (query.to() != null) {
            where.add("e.time < :to");
            parameters.put("to", query.to());
        }
        if (query.userId() != null) {
            where.add("e.userId = :userId");
            parameters.put("userId", query.userId());
        }
        if (query.workspaceId() != null) {
            where.add("e.workspaceId = :workspaceId");
            parameters.put("workspaceId", query.workspaceId());
        }
        if (query.requestId() != null) {
            where.add("e.requestId = :requestId");
            parameters.put("requestId", query.requestId());
        }
        if (query.type() != null) {
            where.add("e.type = :type");
            parameters.put("type", query.type());
        }
        return new LogFilter(where.toString(), Map.copyOf(parameters));
    }
}
