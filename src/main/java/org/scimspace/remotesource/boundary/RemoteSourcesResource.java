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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.net.URI;

import org.scimspace.api.ApiPage;
import org.scimspace.api.JsonBody;
import org.scimspace.common.CurrentTenant;
import org.scimspace.common.Json;
import org.scimspace.directory.boundary.Page;
import org.scimspace.remotesource.control.ConnectionProbe;
import org.scimspace.remotesource.control.SourceInput;
import org.scimspace.remotesource.control.SourceView;

/**
 * {@code /api/v1/remote-sources}: the account's SFTP sources. Bodies carry {@code name, host,
 * port (22), user, hostKeyFingerprint} and the secrets {@code password}, {@code privateKey}
 * (OpenSSH format) with its {@code passphrase}; answers never carry a secret. A PUT replaces
 * the descriptive fields and keeps each secret it does not name ({@code ""} removes one).
 */
@Path("remote-sources")
@Produces(MediaType.APPLICATION_JSON)
@ApplicationScoped
public class RemoteSourcesResource {

    @Inject
    CurrentTenant tenant;

    @Inject
    RemoteSourceService sources;

    @Inject
    SourceTester tester;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(String body) {
        SourceView created = sources.create(tenant.id(), input(body), tenant.actor());
        return Response.created(URI.create("remote-sources/" + created.id()))
                .entity(Json.write(SourceJson.source(created)))
                .build();
    }

    @GET
    public String list(@QueryParam("page") String page, @QueryParam("size") String size) {
        ApiPage paging = ApiPage.of(page, size);
        Page<SourceView> found = sources.list(tenant.id(), paging.firstResult(), paging.size());
        return Json.write(paging.envelope(
                found.total(), found.items().stream().map(SourceJson::source).toList()));
    }

    @GET
    @Path("{id}")
    public String get(@PathParam("id") String id) {
        return Json.write(SourceJson.source(sources.get(tenant.id(), id)));
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public String update(@PathParam("id") String id, String body) {
        return Json.write(SourceJson.source(sources.update(tenant.id(), id, input(body), tenant.actor())));
    }

    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("id") String id) {
        sources.delete(tenant.id(), id, tenant.actor());
        return Response.noContent().build();
    }

    /** Connects and answers the server's host key fingerprint and whether it matches; reads no file. */
    @POST
    @Path("{id}/test")
    public String test(@PathParam("id") String id) {
        String expected = sources.get(tenant.id(), id).hostKeyFingerprint();
        ConnectionProbe probe = tester.test(tenant.id(), id, tenant.actor());
        return Json.write(SourceJson.probe(probe, expected));
    }

    private static SourceInput input(String body) {
        JsonBody json = JsonBody.parse(body);
        return new SourceInput(
                json.string("name").orElse(null),
                json.string("host").orElse(null),
                json.integer("port").orElse(null),
                json.string("user").orElse(null),
                json.string("hostKeyFingerprint").orElse(null),
                json.string("password").orElse(null),
                json.string("privateKey").orElse(null),
                json.string("passphrase").orElse(null));
    }
}
