package org.scimspace.account.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.scimspace.account.control.AccountView;
import org.scimspace.api.JsonBody;
import org.scimspace.common.Json;

/**
 * {@code /api/v1/tenants}: the operator creates customer accounts, each with a first
 * management token (shown once). Authorised by the operator token, not a tenant's.
 */
@Path("tenants")
@Produces(MediaType.APPLICATION_JSON)
@ApplicationScoped
public class TenantsResource {

    @Inject
    TenantProvisioning provisioning;

    @Inject
    AccountService accounts;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(String body) {
        JsonBody json = JsonBody.parse(body);
        TenantProvisioning.NewTenant created = provisioning.create(
                json.string("name").orElse(null),
                json.string("mainUserLogin").orElse(null),
                json.string("mainUserPassword").orElse(null));
        Map<String, Object> representation = new LinkedHashMap<>();
        representation.put("id", created.account().id());
        representation.put("name", created.account().name());
        representation.put("managementToken", created.managementToken().secret());
        return Response.status(201)
                .type(MediaType.APPLICATION_JSON)
                .header("Cache-Control", "no-store")
                .entity(Json.write(representation))
                .build();
    }

    @GET
    public String list() {
        List<Map<String, Object>> items =
                accounts.all().stream().map(TenantsResource::summary).toList();
        return Json.write(Map.of("items", items));
    }

    private static Map<String, Object> summary(AccountView account) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", account.id());
        body.put("name", account.name());
        body.put("scimEnabled", account.scimEnabled());
        return body;
    }
}
