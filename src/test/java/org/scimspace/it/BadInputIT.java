package org.scimspace.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.scimspace.common.Json;

/**
 * Every request of the {@link BadInputCorpus} is answered with a 4xx SCIM error (status,
 * schema and media type), never a 5xx, and leaves the account's users and groups exactly
 * as they were. All failures are reported together, so one run shows every gap.
 */
@ExtendWith(ArquillianExtension.class)
class BadInputIT {

    private static final String JSON = "application/json";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return ItSettings.war();
    }

    @ArquillianResource
    URL base;

    private Http management;
    private Http scim;
    private final Map<String, String> credentials = new java.util.HashMap<>();

    @Test
    void everyBadRequestIsAFourHundredScimErrorAndChangesNothing() {
        management = Tenants.newAccount(base.toString());
        Tenants.enableScim(management);
        scim = Tenants.scimClient(base.toString(), management);
        String user = created(
                scim.post(
                        "/Users",
                        "{\"userName\":\"corpus-" + UUID.randomUUID()
                                + "@contoso.example\",\"displayName\":\"Corpus\",\"emails\":[{\"type\":\"work\",\"value\":\"c@x.y\"}]}"));
        created(scim.post("/Users", "{\"userName\":\"corpus-other-" + UUID.randomUUID() + "@contoso.example\"}"));
        String group = created(scim.post(
                "/Groups",
                "{\"displayName\":\"Corpus " + UUID.randomUUID() + "\",\"externalId\":\"" + UUID.randomUUID()
                        + "\",\"members\":[{\"value\":\"" + user + "\"}]}"));
        prepareCredentials();
        String before = snapshot();

        List<BadInputCorpus.Case> cases = BadInputCorpus.cases();
        assertTrue(cases.size() >= 200, "the corpus has " + cases.size() + " cases");
        List<String> failures = new ArrayList<>();
        for (BadInputCorpus.Case c : cases) {
            String path = c.path().replace("{user}", user).replace("{group}", group);
            Http client = c.credentials() == null ? scim : scim.withToken(null);
            List<String> headers = new ArrayList<>(c.headers());
            if (c.credentials() != null && credentials.get(c.credentials()) != null) {
                headers.addAll(List.of("Authorization", credentials.get(c.credentials())));
            }
            try {
                Http.Reply reply = client.sendRaw(
                        c.method(), path, c.body().get(), c.contentType(), headers.toArray(String[]::new));
                problem(reply).ifPresent(p -> failures.add(c + " → " + p));
            } catch (RuntimeException e) {
                failures.add(c + " → " + e + " " + e.getCause());
            }
        }
        String after = snapshot();
        if (!before.equals(after)) {
            failures.add("the corpus changed data:\n" + before + "\n→\n" + after);
        }
        assertEquals(List.of(), failures, failures.size() + " of " + cases.size() + " cases failed");
    }

    /** What is wrong with a reply that should be a 4xx SCIM error, if anything. */
    private static java.util.Optional<String> problem(Http.Reply reply) {
        String shown = reply.status() + " " + abbreviated(reply.body());
        if (reply.status() < 400 || reply.status() >= 500) {
            return java.util.Optional.of("status " + shown);
        }
        String type = reply.header("Content-Type");
        if (type == null || !type.startsWith("application/scim+json")) {
            return java.util.Optional.of("Content-Type " + type + ": " + shown);
        }
        Map<String, Object> body = Json.parseObject(reply.body()).orElse(Map.of());
        if (!List.of("urn:ietf:params:scim:api:messages:2.0:Error").equals(body.get("schemas"))
                || !Integer.toString(reply.status()).equals(body.get("status"))
                || !(body.get("detail") instanceof String detail)
                || detail.isBlank()
                || reply.body().contains("Exception")) {
            return java.util.Optional.of("not a SCIM error body: " + shown);
        }
        return java.util.Optional.empty();
    }

    private static String abbreviated(String text) {
        return text.length() > 300 ? text.substring(0, 300) + "…" : text;
    }

    private void prepareCredentials() {
        credentials.put("none", null);
        credentials.put("garbage", "Bearer scim_" + "0".repeat(40));
        credentials.put("empty", "Bearer ");
        credentials.put("basic", "Basic " + java.util.Base64.getEncoder().encodeToString("admin:admin".getBytes()));
        credentials.put("management", "Bearer " + management.token());
        Http.Reply issued = management.send("POST", "/account/scim-tokens", null, null);
        assertEquals(201, issued.status(), issued::toString);
        assertEquals(
                204,
                management
                        .delete("/account/scim-tokens/" + issued.json().get("id"))
                        .status());
        credentials.put("revoked", "Bearer " + issued.json().get("token"));
        Http other = Tenants.newAccount(base.toString());
        Tenants.enableScim(other);
        String disabledToken = Tenants.scimClient(base.toString(), other).token();
        Http.Reply off = other.send("PUT", "/account/scim", "{\"enabled\":false}", JSON);
        assertEquals(200, off.status(), off::toString);
        credentials.put("disabled", "Bearer " + disabledToken);
    }

    private String snapshot() {
        Http.Reply users = scim.get("/Users?count=1000&sortBy=userName");
        Http.Reply groups = scim.get("/Groups?count=1000&sortBy=displayName");
        assertEquals(200, users.status(), users::toString);
        assertEquals(200, groups.status(), groups::toString);
        return users.body() + "\n" + groups.body();
    }

    private static String created(Http.Reply reply) {
        assertEquals(201, reply.status(), reply::toString);
        return (String) reply.json().get("id");
    }
}
