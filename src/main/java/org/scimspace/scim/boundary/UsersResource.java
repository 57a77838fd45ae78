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
import java.util.Objects;
import java.util.Optional;

import org.scimspace.account.control.PasswordHashing;
import org.scimspace.common.CurrentTenant;
import org.scimspace.directory.boundary.GroupRef;
import org.scimspace.directory.boundary.Page;
import org.scimspace.directory.boundary.StoredUser;
import org.scimspace.directory.boundary.UserData;
import org.scimspace.directory.boundary.UserDirectory;
import org.scimspace.scim.ScimException;
import org.scimspace.scim.filter.PathParser;
import org.scimspace.scim.filter.UserFilterTranslator;
import org.scimspace.scim.patch.PatchEngine;
import org.scimspace.scim.resource.ETags;
import org.scimspace.scim.resource.UserRepresentation;
import org.scimspace.scim.schema.AttributeSelection;
import org.scimspace.scim.schema.Projection;
import org.scimspace.scim.schema.ResourceReader;
import org.scimspace.scim.schema.ResourceTypeDef;

/** {@code /Users} (RFC 7644 §3) in Entra's dialect: see ENTRA.md. */
@Path("Users")
@Produces({ScimMediaType.SCIM_JSON, MediaType.APPLICATION_JSON})
@Consumes({ScimMediaType.SCIM_JSON, MediaType.APPLICATION_JSON})
@ApplicationScoped
public class UsersResource extends ScimCollection {

    private static final ResourceReader READER = new ResourceReader(ResourceTypeDef.USER);
    private static final PatchEngine PATCH = new PatchEngine(ResourceTypeDef.USER, PathParser::parse);
    private static final Projection PROJECTION = new Projection(ResourceTypeDef.USER);

    @Inject
    CurrentTenant tenant;

    @Inject
    UserDirectory directory;

    @Inject
    PasswordHashing passwords;

    @GET
    @Path("{id}")
    public Response get(
            @PathParam("id") String id,
            @QueryParam("attributes") List<String> attributes,
            @QueryParam("excludedAttributes") List<String> excludedAttributes) {
        StoredUser user = directory.find(tenant.id(), id).orElseThrow(() -> notFound(id));
        return single(200, user, attributes, excludedAttributes).build();
    }

    @POST
    public Response create(
            byte[] body,
            @QueryParam("attributes") List<String> attributes,
            @QueryParam("excludedAttributes") List<String> excludedAttributes) {
        Map<String, Object> canonical = READER.readResource(ScimRequestBody.parse(body));
        UserData data = UserRepresentation.toData(canonical, passwordHash(canonical));
        return write(() -> {
            StoredUser user = directory.create(tenant.id(), data);
            // a new user is in no group yet: no need to ask the directory
            return single(201, user, List.of(), attributes, excludedAttributes)
                    .location(location(user.id()))
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
        Map<String, Object> canonical = READER.readResource(ScimRequestBody.parse(body));
        String hash = passwordHash(canonical);
        return write(() -> {
            StoredUser user = directory.modify(
                    tenant.id(),
                    id,
                    ETags.ifMatch(ifMatch),
                    current -> changed(UserRepresentation.canonical(current), canonical, hash));
            return single(200, user, attributes, excludedAttributes).build();
        });
    }

    @PATCH
    @Path("{id}")
    public Response patch(
            @PathParam("id") String id,
            @HeaderParam("If-Match") String ifMatch,
            byte[] body,
            @QueryParam("attributes") List<String> attributes,
            @QueryParam("excludedAttributes") List<String> excludedAttributes) {
        return write(() -> {
            Map<String, Object> request = ScimRequestBody.parse(body);
            StoredUser user = directory.modify(tenant.id(), id, ETags.ifMatch(ifMatch), current -> {
                Map<String, Object> stored = UserRepresentation.canonical(current);
                Map<String, Object> patched = PATCH.apply(stored, request);
                return changed(stored, patched, passwordHash(patched));
            });
            return single(200, user, attributes, excludedAttributes).build();
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
        Page<StoredUser> page = directory.search(
                tenant.id(),
                UserFilterTranslator.criteria(request.filter(), request.sortBy(), request.sortOrder()),
                request.paging().firstResult(),
                request.paging().count());
        AttributeSelection selection = PROJECTION.select(request.attributes(), request.excludedAttributes());
        Map<String, List<GroupRef>> groups = selection.includes("groups")
                ? directory.groupsOf(
                        tenant.id(), page.items().stream().map(StoredUser::id).toList())
                : Map.of();
        List<Map<String, Object>> resources = page.items().stream()
                .map(user -> PROJECTION.apply(
                        UserRepresentation.toResource(user, groups.getOrDefault(user.id(), List.of()), baseUrl()),
                        selection))
                .toList();
        return ScimResponses.json(
                        200, ListResponses.of(page.total(), request.paging().startIndex(), resources))
                .build();
    }

    /** Empty when the new tree equals the stored one and no password came: nothing to write. */
    private static Optional<UserData> changed(
            Map<String, Object> stored, Map<String, Object> canonical, String passwordHash) {
        if (passwordHash == null && UserRepresentation.document(canonical).equals(stored)) {
            return Optional.empty();
        }
        return Optional.of(UserRepresentation.toData(canonical, passwordHash));
    }

    private String passwordHash(Map<String, Object> canonical) {
        return canonical.get(UserRepresentation.PASSWORD) instanceof String password ? passwords.hash(password) : null;
    }

    private Response.ResponseBuilder single(
            int status, StoredUser user, List<String> attributes, List<String> excludedAttributes) {
        return single(status, user, null, attributes, excludedAttributes);
    }

    /** @param knownGroups the user's groups when the caller knows them, else null */
    private Response.ResponseBuilder single(
            int status,
            StoredUser user,
            List<GroupRef> knownGroups,
            List<String> attributes,
            List<String> excludedAttributes) {
        AttributeSelection selection = PROJECTION.select(attributes, excludedAttributes);
        List<GroupRef> groups = knownGroups != null || !selection.includes("groups")
                ? Objects.requireNonNullElse(knownGroups, List.of())
                : directory.groupsOf(tenant.id(), List.of(user.id())).getOrDefault(user.id(), List.of());
        Map<String, Object> resource =
                PROJECTION.apply(UserRepresentation.toResource(user, groups, baseUrl()), selection);
        return ScimResponses.json(status, resource).header("ETag", ETags.of(user.revision()));
    }

    private URI location(String id) {
        return URI.create(baseUrl() + "/Users/" + id);
    }

    private static ScimException notFound(String id) {
        return ScimException.notFound("Resource " + id + " not found.");
    }
}
