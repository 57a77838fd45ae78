package org.scimspace.scim.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.scimspace.common.CurrentTenant;
import org.scimspace.directory.boundary.GroupData;
import org.scimspace.directory.boundary.GroupDirectory;
import org.scimspace.directory.boundary.MembershipChange;
import org.scimspace.directory.boundary.Page;
import org.scimspace.directory.boundary.StoredGroup;
import org.scimspace.scim.ScimException;
import org.scimspace.scim.filter.GroupFilterTranslator;
import org.scimspace.scim.filter.PathParser;
import org.scimspace.scim.patch.GroupPatchPlan;
import org.scimspace.scim.patch.GroupPatchPlanner;
import org.scimspace.scim.patch.MemberList;
import org.scimspace.scim.patch.PatchEngine;
import org.scimspace.scim.resource.ETags;
import org.scimspace.scim.resource.GroupRepresentation;
import org.scimspace.scim.schema.AttributeSelection;
import org.scimspace.scim.schema.Projection;
import org.scimspace.scim.schema.ResourceReader;
import org.scimspace.scim.schema.ResourceTypeDef;

/**
 * {@code /Groups} (RFC 7644 §3) in Entra's dialect. Members are never loaded to change them,
 * and not read at all when the response leaves them out ({@code excludedAttributes=members}).
 */
@Path("Groups")
@Produces({ScimMediaType.SCIM_JSON, MediaType.APPLICATION_JSON})
@Consumes({ScimMediaType.SCIM_JSON, MediaType.APPLICATION_JSON})
@ApplicationScoped
public class GroupsResource extends ScimCollection {

    private static final ResourceReader READER = new ResourceReader(ResourceTypeDef.GROUP);
    private static final PatchEngine PATCH = new PatchEngine(ResourceTypeDef.GROUP, PathParser::parse);
    private static final GroupPatchPlanner PLANNER = new GroupPatchPlanner(PathParser::parse);
    private static final Projection PROJECTION = new Projection(ResourceTypeDef.GROUP);

    @Inject
    CurrentTenant tenant;

    @Inject
    GroupDirectory directory;

    @GET
    @Path("{id}")
    public Response get(
            @PathParam("id") String id,
            @QueryParam("attributes") List<String> attributes,
            @QueryParam("excludedAttributes") List<String> excludedAttributes) {
        StoredGroup group = directory
                .find(tenant.id(), id)
                .orElseThrow(() -> ScimException.notFound("Resource " + id + " not found."));
        return single(200, group, PROJECTION.select(attributes, excludedAttributes))
                .build();
    }

    @POST
    public Response create(
            byte[] body,
            @QueryParam("attributes") List<String> attributes,
            @QueryParam("excludedAttributes") List<String> excludedAttributes) {
        return write(() -> {
            Map<String, Object> canonical = READER.readResource(ScimRequestBody.parse(body));
            StoredGroup group = directory.create(
                    tenant.id(),
                    GroupRepresentation.toData(canonical),
                    MemberList.ids(canonical.get(GroupRepresentation.MEMBERS)));
            return single(201, group, PROJECTION.select(attributes, excludedAttributes))
                    .location(URI.create(baseUrl() + "/Groups/" + group.id()))
                    .build();
        });
    }

    @PUT
    @Path("{id}")
    public Response replace(
            @PathParam("id") String id,
            @HeaderParam("If-Match") String ifMatch,
            byte[] body,
            @QueryParam("attributes") List<String> attributes,
            @QueryParam("excludedAttributes") List<String> excludedAttributes) {
        return write(() -> {
            Map<String, Object> canonical = READER.readResource(ScimRequestBody.parse(body));
            List<String> members = MemberList.ids(canonical.get(GroupRepresentation.MEMBERS));
            Map<String, Object> attributesOnly = GroupRepresentation.withoutMembers(canonical);
            StoredGroup group = directory.modify(
                    tenant.id(),
                    id,
                    ETags.ifMatch(ifMatch),
                    current -> changed(GroupRepresentation.canonical(current), attributesOnly),
                    List.of(new MembershipChange.ReplaceAll(members)));
            return single(200, group, PROJECTION.select(attributes, excludedAttributes))
                    .build();
        });
    }

    /** 204 as Entra expects; 200 with the resource when the request names attributes to return. */
    @PATCH
    @Path("{id}")
    public Response patch(
            @PathParam("id") String id,
            @HeaderParam("If-Match") String ifMatch,
            byte[] body,
            @QueryParam("attributes") List<String> attributes,
            @QueryParam("excludedAttributes") List<String> excludedAttributes) {
        return write(() -> {
            GroupPatchPlan plan = PLANNER.plan(ScimRequestBody.parse(body));
            StoredGroup group = directory.modify(
                    tenant.id(),
                    id,
                    ETags.ifMatch(ifMatch),
                    current -> {
                        if (plan.attributeOperations().isEmpty()) {
                            return Optional.empty();
                        }
                        Map<String, Object> stored = GroupRepresentation.canonical(current);
                        return changed(stored, PATCH.apply(stored, plan.attributeOperations()));
                    },
                    plan.memberChanges());
            if (attributes.isEmpty()) {
                return Response.noContent()
                        .header("ETag", ETags.of(group.revision()))
                        .build();
            }
            return single(200, group, PROJECTION.select(attributes, excludedAttributes))
                    .build();
        });
    }

    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch) {
        return write(() -> {
            directory.delete(tenant.id(), id, ETags.ifMatch(ifMatch));
            return Response.noContent().build();
        });
    }

    @Override
    protected Response search(SearchRequest request) {
        Page<StoredGroup> page = directory.search(
                tenant.id(),
                GroupFilterTranslator.criteria(request.filter(), request.sortBy(), request.sortOrder()),
                request.paging().firstResult(),
                request.paging().count());
        AttributeSelection selection = PROJECTION.select(request.attributes(), request.excludedAttributes());
        List<Map<String, Object>> resources =
                page.items().stream().map(group -> resource(group, selection)).toList();
        return ScimResponses.json(
                        200, ListResponses.of(page.total(), request.paging().startIndex(), resources))
                .build();
    }

    private static Optional<GroupData> changed(Map<String, Object> stored, Map<String, Object> attributesOnly) {
        return attributesOnly.equals(stored)
                ? Optional.empty()
                : Optional.of(GroupRepresentation.toData(attributesOnly));
    }

    private Response.ResponseBuilder single(int status, StoredGroup group, AttributeSelection selection) {
        return ScimResponses.json(status, resource(group, selection)).header("ETag", ETags.of(group.revision()));
    }

    private Map<String, Object> resource(StoredGroup group, AttributeSelection selection) {
        boolean withMembers = selection.includes(GroupRepresentation.MEMBERS);
        return PROJECTION.apply(
                GroupRepresentation.toResource(group, withMembers ? directory.members(group.id()) : null, baseUrl()),
                selection);
    }
}
