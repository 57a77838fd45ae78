package org.scimspace.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import java.util.LinkedHashMap;
import java.util.Map;

import org.scimspace.audit.control.LogQueryParameters;
import org.scimspace.common.CurrentTenant;
import org.scimspace.common.Json;
import org.scimspace.directory.boundary.Page;

/** {@code /api/v1/log}: the caller's provisioning log, filtered and paged, newest first. */
@Path("log")
@Produces(MediaType.APPLICATION_JSON)
@ApplicationScoped
public class LogResource {

    @Inject
    CurrentTenant tenant;

    @Inject
    AuditLog log;

    @GET
    public String search(
            @QueryParam("from") String from,
            @QueryParam("to") String to,
            @QueryParam("userId") String userId,
            @QueryParam("workspaceId") String workspaceId,
            @QueryParam("type") String type,
            @QueryParam("requestId") String requestId,
            @QueryParam("page") String page,
            @QueryParam("size") String size) {
        LogQuery query = LogQueryParameters.parse(
                from, to, userId, workspaceId, type, requestId, page, size, LogQuery.DEFAULT_SIZE);
        Page<LogView> found = log.search(tenant.id(), query);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put(
                "items", found.items().stream().map(LogResource::representation).toList());
        body.put("total", found.total());
        body.put("page", query.page());
        body.put("size", query.size());
        return Json.write(body);
    }

    private static Map<String, Object> representation(LogView line) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("id", line.id());
        item.put("time", line.time().toString());
        item.put("type", line.type().name());
        item.put("actor", line.actor());
        item.put("operation", line.operation());
        item.put("target", line.target());
        item.put("userId", line.userId());
        item.put("workspaceId", line.workspaceId());
        item.put("success", line.success());
        item.put("status", line.status());
        item.put("scimType", line.scimType());
        item.put("detail", line.detail());
        item.put("requestId", line.requestId());
        return item;
    }
}
