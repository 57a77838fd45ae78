package org.scimspace.workspace.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.net.URI;
import java.util.List;

import org.scimspace.api.ApiPage;
import org.scimspace.api.JsonBody;
import org.scimspace.api.Problems;
import org.scimspace.common.CurrentTenant;
import org.scimspace.common.Json;
import org.scimspace.directory.boundary.Page;
import org.scimspace.workspace.control.FieldDefinition;
import org.scimspace.workspace.control.MemberAdded;
import org.scimspace.workspace.control.MemberRef;
import org.scimspace.workspace.control.MemberSource;
import org.scimspace.workspace.control.MemberView;
import org.scimspace.workspace.control.ProfileFieldDefinitions;
import org.scimspace.workspace.control.WorkspaceView;
import org.scimspace.workspace.entity.Role;

/** {@code /api/v1/workspaces}: workspaces, their group limits, profile fields and members. */
@Path("workspaces")
@Produces(MediaType.APPLICATION_JSON)
@ApplicationScoped
public class WorkspacesResource {

    @Inject
    CurrentTenant tenant;

    @Inject
    WorkspaceService workspaces;

    @Inject
    WorkspaceMembers members;

    @Inject
    ProfileFields profileFields;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(String body) {
        WorkspaceView created = workspaces.create(
                tenant.id(), JsonBody.parse(body).string("name").orElse(null));
        return Response.created(URI.create("workspaces/" + created.id()))
                .entity(Json.write(WorkspaceJson.workspace(created)))
                .build();
    }

    @GET
    public String list(@QueryParam("page") String page, @QueryParam("size") String size) {
        ApiPage paging = ApiPage.of(page, size);
        Page<WorkspaceView> found = workspaces.list(tenant.id(), paging.firstResult(), paging.size());
        return Json.write(paging.envelope(
                found.total(),
                found.items().stream().map(WorkspaceJson::workspace).toList()));
    }

    @GET
    @Path("{id}")
    public String get(@PathParam("id") String id) {
        return Json.write(WorkspaceJson.workspace(workspaces.get(tenant.id(), id)));
    }

    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("id") String id) {
        workspaces.delete(tenant.id(), id);
        return Response.noContent().build();
    }

    @GET
    @Path("{id}/group-limits")
    public String limits(@PathParam("id") String id) {
        return Json.write(WorkspaceJson.limits(workspaces.limits(tenant.id(), id)));
    }

    /** Replaces the limits; with {@code dryRun=true} only answers who would join and leave. */
    @PUT
    @Path("{id}/group-limits")
    @Consumes(MediaType.APPLICATION_JSON)
    public String setLimits(@PathParam("id") String id, @QueryParam("dryRun") String dryRun, String body) {
        boolean preview = flag("dryRun", dryRun);
        var objectIds = JsonBody.parseStrings(body, "groupLimits");
        return Json.write(WorkspaceJson.limitsChange(
                preview
                        ? workspaces.previewLimits(tenant.id(), id, objectIds)
                        : workspaces.setLimits(tenant.id(), id, objectIds),
                preview));
    }

    @GET
    @Path("{id}/profile-fields")
    public String profileFields(@PathParam("id") String id) {
        return Json.write(WorkspaceJson.profileFields(profileFields.list(tenant.id(), id)));
    }

    /** Replaces the list: {@code {"profileFields":[{"name","type":"text"|"choice","allowedValues":[…]}]}}. */
    @PUT
    @Path("{id}/profile-fields")
    @Consumes(MediaType.APPLICATION_JSON)
    public String setProfileFields(@PathParam("id") String id, String body) {
        List<FieldDefinition> definitions =
                ProfileFieldDefinitions.parse(JsonBody.parse(body).fields());
        return Json.write(WorkspaceJson.profileFields(profileFields.replace(tenant.id(), id, definitions)));
    }

    @GET
    @Path("{id}/members")
    public String members(
            @PathParam("id") String id,
            @QueryParam("role") String role,
            @QueryParam("source") String source,
            @QueryParam("page") String page,
            @QueryParam("size") String size) {
        ApiPage paging = ApiPage.of(page, size);
        Role roleFilter = role == null
                ? null
                : Role.of(role).orElseThrow(() -> badQuery("role", "'role' must be participant or admin."));
        MemberSource sourceFilter = source == null
                ? null
                : MemberSource.of(source)
                        .orElseThrow(() -> badQuery("source", "'source' must be group, manual, invited or remote."));
        Page<MemberView> found =
                members.list(tenant.id(), id, roleFilter, sourceFilter, paging.firstResult(), paging.size());
        return Json.write(paging.envelope(
                found.total(), found.items().stream().map(WorkspaceJson::member).toList()));
    }

    @POST
    @Path("{id}/members")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response addMember(@PathParam("id") String id, String body) {
        JsonBody json = JsonBody.parse(body);
        MemberRef ref = new MemberRef(
                json.string("userId").orElse(null),
                json.string("userName").orElse(null),
                json.string("email").orElse(null));
        MemberAdded added = members.add(tenant.id(), id, ref);
        return Response.status(added.created() ? 201 : 200)
                .type(MediaType.APPLICATION_JSON)
                .entity(Json.write(WorkspaceJson.member(added.member())))
                .build();
    }

    @GET
    @Path("{id}/members/{userId}")
    public String member(@PathParam("id") String id, @PathParam("userId") String userId) {
        return Json.write(WorkspaceJson.memberDetail(members.get(tenant.id(), id, userId)));
    }

    @PATCH
    @Path("{id}/members/{userId}")
    @Consumes(MediaType.APPLICATION_JSON)
    public String changeRole(@PathParam("id") String id, @PathParam("userId") String userId, String body) {
        String role = JsonBody.parse(body).string("role").orElse(null);
        return Json.write(WorkspaceJson.member(members.changeRole(tenant.id(), id, userId, role)));
    }

    @DELETE
    @Path("{id}/members/{userId}")
    public Response removeMember(@PathParam("id") String id, @PathParam("userId") String userId) {
        members.remove(tenant.id(), id, userId);
        return Response.noContent().build();
    }

    private static boolean flag(String name, String value) {
        if (value == null || value.equalsIgnoreCase("false")) {
            return false;
        }
        if (value.equalsIgnoreCase("true")) {
            return true;
        }
        throw badQuery(name, "'" + name + "' must be true or false.");
    }

    private static WebApplicationException badQuery(String name, String detail) {
        return new WebApplicationException(Problems.badRequest(detail, name));
    }
}
