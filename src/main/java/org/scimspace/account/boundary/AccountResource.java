package org.scimspace.account.boundary;

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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.scimspace.account.control.AccountView;
import org.scimspace.account.control.IssuedToken;
import org.scimspace.account.control.TokenView;
import org.scimspace.account.entity.TokenKind;
import org.scimspace.api.JsonBody;
import org.scimspace.common.CurrentTenant;
import org.scimspace.common.Json;

/** {@code /api/v1/account}: the caller's account, its SSO settings, SCIM switch and tokens. */
@Path("account")
@Produces(MediaType.APPLICATION_JSON)
@ApplicationScoped
public class AccountResource {

    @Inject
    CurrentTenant tenant;

    @Inject
    AccountService accounts;

    @Inject
    TokenService tokens;

    @GET
    public String account() {
        return Json.write(representation(accounts.account(tenant.id())));
    }

    @PUT
    @Path("sso")
    @Consumes(MediaType.APPLICATION_JSON)
    public String configureSso(String body) {
        JsonBody json = JsonBody.parse(body);
        return Json.write(representation(accounts.configureSso(
                tenant.id(),
                tenant.actor(),
                json.string("entraTenantId").orElse(null),
                json.string("domain").orElse(null))));
    }

    @PUT
    @Path("scim")
    @Consumes(MediaType.APPLICATION_JSON)
    public String enableScim(String body) {
        boolean enabled = JsonBody.parse(body).requiredBoolean("enabled");
        return Json.write(representation(accounts.enableScim(tenant.id(), tenant.actor(), enabled)));
    }

    @POST
    @Path("scim-tokens")
    public Response issueScimToken() {
        IssuedToken issued = tokens.issue(tenant.id(), TokenKind.SCIM, tenant.actor());
        return Response.status(201)
                .type(MediaType.APPLICATION_JSON)
                .header("Cache-Control", "no-store")
                .entity(Json.write(Map.of("id", issued.id(), "token", issued.secret())))
                .build();
    }

    @GET
    @Path("scim-tokens")
    public String scimTokens() {
        List<Map<String, Object>> items = tokens.list(tenant.id(), TokenKind.SCIM).stream()
                .map(AccountResource::representation)
                .toList();
        return Json.write(Map.of("items", items));
    }

    @DELETE
    @Path("scim-tokens/{id}")
    public Response revokeScimToken(@PathParam("id") String id) {
        tokens.revoke(tenant.id(), TokenKind.SCIM, id, tenant.actor());
        return Response.noContent().build();
    }

    private static Map<String, Object> representation(AccountView account) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", account.id());
        body.put("name", account.name());
        body.put("scimEnabled", account.scimEnabled());
        if (account.hasSso()) {
            Map<String, Object> sso = new LinkedHashMap<>();
            sso.put("entraTenantId", account.entraTenantId());
            if (account.domain() != null) {
                sso.put("domain", account.domain());
            }
            body.put("sso", sso);
        } else {
            body.put("sso", null);
        }
        return body;
    }

    private static Map<String, Object> representation(TokenView token) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", token.id());
        body.put("created", token.created().toString());
        body.put("lastUsed", token.lastUsed() == null ? null : token.lastUsed().toString());
        return body;
    }
}
