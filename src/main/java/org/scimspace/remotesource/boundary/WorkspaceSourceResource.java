package org.scimspace.remotesource.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.Map;

import org.scimspace.api.ApiPage;
import org.scimspace.api.JsonBody;
import org.scimspace.api.Problems;
import org.scimspace.common.CurrentTenant;
import org.scimspace.common.Json;
import org.scimspace.directory.boundary.Page;
import org.scimspace.remotesource.control.RunView;
import org.scimspace.remotesource.control.SyncAlreadyRunning;

/**
 * {@code /api/v1/workspaces/{id}/remote-source}: the workspace's connection to a remote
 * source ({@code sourceId, path, intervalMinutes}: 60 unless given, 0 for only on demand,
 * else 5 to 10080), "sync now" and the history of runs.
 */
@Path("workspaces/{id}/remote-source")
@Produces(MediaType.APPLICATION_JSON)
@ApplicationScoped
public class WorkspaceSourceResource {

    @Inject
    CurrentTenant tenant;

    @Inject
    ConnectionService connections;

    @Inject
    SyncRunner runner;

    @GET
    public String get(@PathParam("id") String id) {
        return Json.write(SourceJson.connection(connections.get(tenant.id(), id)));
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public String connect(@PathParam("id") String id, String body) {
        JsonBody json = JsonBody.parse(body);
        return Json.write(SourceJson.connection(connections.connect(
                tenant.id(),
                id,
                json.string("sourceId").orElse(null),
                json.string("path").orElse(null),
                json.integer("intervalMinutes").orElse(null),
                tenant.actor())));
    }

    @DELETE
    public Response disconnect(@PathParam("id") String id) {
        connections.disconnect(tenant.id(), id, tenant.actor());
        return Response.noContent().build();
    }

    /**
     * Runs the connection now and answers the ended run (a failed fetch or file is a failed
     * run, not an error). While another run of it is going: 409 naming that run.
     */
    @POST
    @Path("sync")
    public Response sync(@PathParam("id") String id, @QueryParam("dryRun") String dryRun) {
        boolean dry = flag(dryRun);
        try {
            RunView run = runner.syncNow(tenant.id(), id, dry, tenant.actor());
            return Response.ok(Json.write(SourceJson.run(run))).build();
        } catch (SyncAlreadyRunning running) {
            return Problems.problem(
                    409,
                    "Conflict",
                    running.getMessage(),
                    null,
                    running.running() == null ? Map.of() : Map.of("run", SourceJson.run(running.running())));
        }
    }

    @GET
    @Path("runs")
    public String runs(@PathParam("id") String id, @QueryParam("page") String page, @QueryParam("size") String size) {
        ApiPage paging = ApiPage.of(page, size);
        Page<RunView> found = connections.runs(tenant.id(), id, paging.firstResult(), paging.size());
        return Json.write(paging.envelope(
                found.total(), found.items().stream().map(SourceJson::run).toList()));
    }

    @GET
    @Path("runs/{runId}")
    public String run(@PathParam("id") String id, @PathParam("runId") String runId) {
        return Json.write(SourceJson.run(connections.run(tenant.id(), id, runId)));
    }

    private static boolean flag(String value) {
        if (value == null || value.equalsIgnoreCase("false")) {
            return false;
        }
        if (value.equalsIgnoreCase("true")) {
            return true;
        }
        throw new WebApplicationException(Problems.badRequest("'dryRun' must be true or false.", "dryRun"));
    }
}
