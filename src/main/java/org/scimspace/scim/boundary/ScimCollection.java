package org.scimspace.scim.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import java.util.List;
import java.util.function.Supplier;

import org.scimspace.common.CurrentTenant;

/**
 * The query side every SCIM collection shares: {@code GET} with query parameters and
 * {@code POST .search} with a body end in the same {@link #search(SearchRequest)}.
 */
public abstract class ScimCollection {

    @Context
    UriInfo uri;

    @Context
    Request request;

    @Inject
    CurrentTenant caller;

    @Inject
    ScimWriteTransaction writes;

    @GET
    public Response list(
            @QueryParam("filter") String filter,
            @QueryParam("sortBy") String sortBy,
            @QueryParam("sortOrder") String sortOrder,
            @QueryParam("startIndex") String startIndex,
            @QueryParam("count") String count,
            @QueryParam("attributes") List<String> attributes,
            @QueryParam("excludedAttributes") List<String> excludedAttributes) {
        return search(
                SearchRequest.fromQuery(filter, sortBy, sortOrder, startIndex, count, attributes, excludedAttributes));
    }

    @POST
    @Path(".search")
    public Response search(byte[] body) {
        return search(SearchRequest.fromBody(ScimRequestBody.parse(body)));
    }

    protected abstract Response search(SearchRequest request);

    /**
     * Runs a write (POST, PUT, PATCH, DELETE) and its provisioning log line in one transaction,
     * so each write commits once.
     */
    protected Response write(Supplier<Response> work) {
        ScimCaller by = new ScimCaller(caller.id(), caller.actor());
        String method = request.getMethod();
        String path = uri.getPath();
        return writes.run(
                work,
                response -> ScimWriteLine.of(
                        by, method, path, response.getStatus(), response.getHeaderString(HttpHeaders.LOCATION), null));
    }

    /** The SCIM base URL of this request, without a trailing slash. */
    protected String baseUrl() {
        return ScimResponses.baseUrl(uri);
    }
}
