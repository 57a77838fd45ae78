package org.scimspace.scim.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import java.util.List;
import java.util.Map;

import org.scimspace.scim.ScimException;
import org.scimspace.scim.filter.FilterParser;
import org.scimspace.scim.schema.DiscoveryDocuments;
import org.scimspace.scim.schema.ResourceTypeDef;

/**
 * {@code /ServiceProviderConfig}, {@code /ResourceTypes} and {@code /Schemas} (RFC 7644 §4),
 * generated from the same metadata the server enforces.
 */
@Path("")
@ApplicationScoped
@Produces({ScimMediaType.SCIM_JSON, MediaType.APPLICATION_JSON})
public class DiscoveryResource {

    static final List<ResourceTypeDef> TYPES = List.of(ResourceTypeDef.USER, ResourceTypeDef.GROUP);

    @Context
    UriInfo uri;

    @GET
    @Path("ServiceProviderConfig")
    public Response serviceProviderConfig() {
        return ScimResponses.json(
                        200,
                        DiscoveryDocuments.serviceProviderConfig(
                                baseUrl(), Paging.DEFAULT_COUNT, Paging.MAX_COUNT, FilterParser.LIMITS))
                .build();
    }

    @GET
    @Path("ResourceTypes")
    public Response resourceTypes() {
        return list(DiscoveryDocuments.resourceTypes(TYPES, baseUrl()));
    }

    @GET
    @Path("ResourceTypes/{id}")
    public Response resourceType(@PathParam("id") String id) {
        return byId(DiscoveryDocuments.resourceTypes(TYPES, baseUrl()), id);
    }

    @GET
    @Path("Schemas")
    public Response schemas() {
        return list(DiscoveryDocuments.schemas(TYPES, baseUrl()));
    }

    @GET
    @Path("Schemas/{id}")
    public Response schema(@PathParam("id") String id) {
        return byId(DiscoveryDocuments.schemas(TYPES, baseUrl()), id);
    }

    private static Response list(List<Map<String, Object>> documents) {
        return ScimResponses.json(200, ListResponses.of(documents.size(), 1, documents))
                .build();
    }

    private static Response byId(List<Map<String, Object>> documents, String id) {
        return documents.stream()
                .filter(d -> id.equals(d.get("id")))
                .findFirst()
                .map(d -> ScimResponses.json(200, d).build())
                .orElseThrow(() -> ScimException.notFound("No such discovery resource: " + id));
    }

    private String baseUrl() {
        return ScimResponses.baseUrl(uri);
    }
}
