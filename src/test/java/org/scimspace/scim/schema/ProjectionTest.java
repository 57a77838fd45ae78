package org.scimspace.scim.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.scimspace.scim.schema.TreeAssertions.assertNoNulls;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ProjectionTest {

    private static final String ENTERPRISE = UserSchemas.ENTERPRISE_URN;
    private static final String ACME = "urn:ietf:params:scim:schemas:extension:acme:2.0:User";

    private final Projection projection = new Projection(ResourceTypeDef.USER);

    @Test
    void withoutParametersReturnsEveryDefaultAttributeButThePassword() {
        Map<String, Object> user = user();

        Map<String, Object> projected = projection.apply(user, List.of(), List.of());

        Map<String, Object> expected = user();
        expected.remove("password");
        assertEquals(expected, projected);
    }

    @Test
    void attributesUserNameKeepsOnlyIdSchemasAndUserName() {
        Map<String, Object> projected = projection.apply(user(), List.of("userName"), List.of());

        assertEquals(Set.of("id", "schemas", "userName"), projected.keySet());
        assertEquals("bjensen@example.com", projected.get("userName"));
    }

    @Test
    void excludedEmailsDropsOnlyEmails() {
        Map<String, Object> projected = projection.apply(user(), List.of(), List.of("emails"));

        Map<String, Object> expected = user();
        expected.remove("password");
        expected.remove("emails");
        assertEquals(expected, projected);
    }

    @Test
    void aSubAttributeKeepsOnlyThatPartOfItsParent() {
        Map<String, Object> projected = projection.apply(user(), List.of("name.givenName"), List.of());

        assertEquals(Set.of("id", "schemas", "name"), projected.keySet());
        assertEquals(Map.of("givenName", "Barbara"), projected.get("name"));
    }

    @Test
    void aSubAttributeOfAMultiValuedAttributeKeepsItInEveryElement() {
        Map<String, Object> projected = projection.apply(user(), List.of("emails.value"), List.of());

        assertEquals(
                List.of(Map.of("value", "bjensen@example.com"), Map.of("value", "babs@jensen.org")),
                projected.get("emails"));
    }

    @Test
    void elementsLackingTheSelectedSubAttributeAreDroppedAndAnEmptyParentOmitted() {
        Map<String, Object> projected =
                projection.apply(user(), List.of("emails.display", "name.middleName"), List.of());

        assertEquals(Set.of("id", "schemas"), projected.keySet());
    }

    @Test
    void excludingASubAttributeKeepsTheRestOfItsParent() {
        Map<String, Object> projected = projection.apply(user(), List.of(), List.of("name.givenName", "emails.type"));

        assertEquals(Map.of("familyName", "Jensen", "formatted", "Ms. Barbara Jensen"), projected.get("name"));
        assertEquals(
                List.of(Map.of("value", "bjensen@example.com", "primary", true), Map.of("value", "babs@jensen.org")),
                projected.get("emails"));
    }

    @Test
    void aParentAndItsSubAttributeTogetherSelectTheWholeParent() {
        Map<String, Object> projected = projection.apply(user(), List.of("name.givenName", "name"), List.of());

        assertEquals(user().get("name"), projected.get("name"));
    }

    @Test
    void theCoreUrnMayQualifyACoreAttribute() {
        Map<String, Object> projected = projection.apply(
                user(),
                List.of(
                        "urn:ietf:params:scim:schemas:core:2.0:User:userName",
                        "urn:ietf:params:scim:schemas:core:2.0:User:name.familyName"),
                List.of());

        assertEquals(Set.of("id", "schemas", "userName", "name"), projected.keySet());
        assertEquals(Map.of("familyName", "Jensen"), projected.get("name"));
    }

    @Test
    void anExtensionAttributeIsSelectedByItsQualifiedName() {
        Map<String, Object> projected = projection.apply(user(), List.of(ENTERPRISE + ":department"), List.of());

        assertEquals(Set.of("id", "schemas", ENTERPRISE), projected.keySet());
        assertEquals(Map.of("department", "Tour Operations"), projected.get(ENTERPRISE));
    }

    @Test
    void anExtensionSubAttributeIsSelectedByItsQualifiedDottedName() {
        Map<String, Object> projected = projection.apply(user(), List.of(ENTERPRISE + ":manager.value"), List.of());

        assertEquals(
                Map.of("manager", Map.of("value", "26118915-6090-4610-87e4-49d8ca9f808d")), projected.get(ENTERPRISE));
    }

    @Test
    void aWholeExtensionUrnSelectsAllOfIt() {
        Map<String, Object> projected = projection.apply(user(), List.of(ENTERPRISE), List.of());

        assertEquals(Set.of("id", "schemas", ENTERPRISE), projected.keySet());
        assertEquals(user().get(ENTERPRISE), projected.get(ENTERPRISE));
    }

    @Test
    void aWholeExtensionUrnExcludesAllOfIt() {
        Map<String, Object> projected = projection.apply(user(), List.of(), List.of(ENTERPRISE));

        assertFalse(projected.containsKey(ENTERPRISE));
        assertTrue(projected.containsKey(ACME));
        assertTrue(projected.containsKey("userName"));
    }

    @Test
    void excludingAnExtensionAttributeKeepsTheRestOfTheExtension() {
        Map<String, Object> projected = projection.apply(user(), List.of(), List.of(ENTERPRISE + ":manager"));

        assertEquals(Map.of("employeeNumber", "701984", "department", "Tour Operations"), projected.get(ENTERPRISE));
    }

    @Test
    void namesAreCaseInsensitiveButTheResultKeepsTheResourceSpelling() {
        Map<String, Object> projected = projection.apply(
                user(),
                List.of("USERNAME", "Name.GivenName", ENTERPRISE.toUpperCase() + ":DEPARTMENT"),
                List.of("EMAILS"));

        assertEquals(Set.of("id", "schemas", "userName", "name", ENTERPRISE), projected.keySet());
        assertEquals(Map.of("givenName", "Barbara"), projected.get("name"));
        assertEquals(Map.of("department", "Tour Operations"), projected.get(ENTERPRISE));
    }

    @Test
    void resourceKeysInAnotherCaseAreStillRecognised() {
        Map<String, Object> user = user();
        user.put("PASSWORD", "also secret");

        Map<String, Object> projected = projection.apply(user, List.of(), List.of());

        assertFalse(projected.containsKey("PASSWORD"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"password", "PassWord", "urn:ietf:params:scim:schemas:core:2.0:User:password"})
    void passwordIsNeverReturnedEvenWhenAskedFor(String name) {
        Map<String, Object> projected = projection.apply(user(), List.of(name, "userName"), List.of());

        assertEquals(Set.of("id", "schemas", "userName"), projected.keySet());
    }

    @Test
    void idAndSchemasAreReturnedEvenWhenExcluded() {
        Map<String, Object> projected = projection.apply(user(), List.of(), List.of("id", "schemas", "userName"));

        assertEquals("2819c223-7f76-453a-919d-413861904646", projected.get("id"));
        assertTrue(projected.containsKey("schemas"));
        assertFalse(projected.containsKey("userName"));
    }

    @Test
    void metaAndExternalIdAreDefaultAttributes() {
        assertTrue(projection.apply(user(), List.of(), List.of()).containsKey("meta"));
        assertFalse(projection.apply(user(), List.of("userName"), List.of()).containsKey("meta"));
        assertFalse(projection
                .apply(user(), List.of(), List.of("meta", "externalId"))
                .containsKey("externalId"));
        assertEquals(
                Map.of("lastModified", "2024-05-13T04:42:34Z"),
                projection
                        .apply(user(), List.of("meta.lastModified"), List.of())
                        .get("meta"));
    }

    @Test
    void unknownNamesAreIgnored() {
        Map<String, Object> projected = projection.apply(
                user(),
                List.of(
                        "userName",
                        "shoeSize",
                        "name.nickname",
                        "emails.value.extra",
                        "urn:ietf:params:scim:schemas:core:2.0:User"),
                List.of("bogus", ENTERPRISE + ":shoeSize"));

        assertEquals(Set.of("id", "schemas", "userName"), projected.keySet());
    }

    @Test
    void onlyUnknownExclusionsChangeNothing() {
        Map<String, Object> expected = projection.apply(user(), List.of(), List.of());

        assertEquals(expected, projection.apply(user(), List.of(), List.of("bogus", "name.bogus")));
    }

    @Test
    void anExtensionAttributeNeedsItsUrn() {
        Map<String, Object> projected = projection.apply(user(), List.of("department"), List.of());

        assertEquals(Set.of("id", "schemas"), projected.keySet());
    }

    @Test
    void aCustomExtensionIsReturnedByDefaultAndSelectableByItsUrn() {
        assertEquals(
                Map.of("costCode", "X-17", "badge", Map.of("number", "42", "color", "red")),
                projection.apply(user(), List.of(), List.of()).get(ACME));
        assertEquals(
                user().get(ACME),
                projection.apply(user(), List.of(ACME), List.of()).get(ACME));
        assertEquals(
                Map.of("costCode", "X-17"),
                projection.apply(user(), List.of(ACME + ":costcode"), List.of()).get(ACME));
        assertEquals(
                Map.of("badge", Map.of("color", "red")),
                projection
                        .apply(user(), List.of(ACME + ":badge.color"), List.of())
                        .get(ACME));
        assertEquals(
                Map.of("costCode", "X-17"),
                projection.apply(user(), List.of(), List.of(ACME + ":badge")).get(ACME));
        assertFalse(
                projection.apply(user(), List.of(), List.of(ACME.toUpperCase())).containsKey(ACME));
        assertFalse(projection.apply(user(), List.of("userName"), List.of()).containsKey(ACME));
    }

    @Test
    void acceptsTheRawCommaSeparatedParameterValues() {
        Map<String, Object> projected =
                projection.apply(user(), List.of("userName, name.givenName", "active"), List.of());

        assertEquals(Set.of("id", "schemas", "userName", "name", "active"), projected.keySet());
    }

    @Test
    void toleratesAbsentParameters() {
        assertEquals(projection.apply(user(), List.of(), List.of()), projection.apply(user(), null, null));
    }

    @Test
    void leavesTheInputUntouchedAndSharesNothingWithIt() {
        Map<String, Object> user = user();

        Map<String, Object> projected = projection.apply(user, List.of(), List.of("name.givenName", "password"));

        assertEquals(user(), user);
        assertNotSame(user.get("emails"), projected.get("emails"));
        assertNotSame(user.get(ENTERPRISE), projected.get(ENTERPRISE));
        @SuppressWarnings("unchecked")
        List<Object> emails = (List<Object>) projected.get("emails");
        emails.clear();
        assertEquals(user(), user);
    }

    @Test
    void dropsNullsThatCameInWithTheResource() {
        Map<String, Object> user = user();
        user.put("nickName", null);
        map(user, ENTERPRISE).put("costCenter", null);

        Map<String, Object> projected = projection.apply(user, List.of(), List.of());

        assertNoNulls(projected);
        assertFalse(projected.containsKey("nickName"));
    }

    @Test
    void keepsAnEmptyListTheResourceHolds() {
        Map<String, Object> user = user();
        user.put("roles", new ArrayList<>());

        assertEquals(List.of(), projection.apply(user, List.of(), List.of()).get("roles"));
    }

    @Test
    void refusesASelectionMadeForAnotherType() {
        AttributeSelection forGroups = AttributeSelection.defaults(RequestOnlySchema.TYPE);

        assertThrows(IllegalArgumentException.class, () -> projection.apply(user(), forGroups));
    }

    // Request-only attributes, with a test schema: the User schema has none.

    private final Projection requestOnly = new Projection(RequestOnlySchema.TYPE);

    @Test
    void requestOnlyAttributesAreLeftOutByDefault() {
        Map<String, Object> projected = requestOnly.apply(RequestOnlySchema.resource(), List.of(), List.of());

        assertEquals(
                Set.of("id", "schemas", "displayName", "badge", RequestOnlySchema.EXTENSION_URN), projected.keySet());
        assertEquals(Map.of("number", "42"), projected.get("badge"));
        assertEquals(Map.of("region", "EU"), projected.get(RequestOnlySchema.EXTENSION_URN));
    }

    @Test
    void requestOnlyAttributesAreReturnedWhenNamed() {
        Map<String, Object> projected = requestOnly.apply(
                RequestOnlySchema.resource(),
                List.of("members", "badge.pin", RequestOnlySchema.EXTENSION_URN + ":auditTrail"),
                List.of());

        assertEquals(Set.of("id", "schemas", "members", "badge", RequestOnlySchema.EXTENSION_URN), projected.keySet());
        assertEquals(Map.of("pin", "1234"), projected.get("badge"));
        assertEquals(Map.of("auditTrail", "created by Entra"), projected.get(RequestOnlySchema.EXTENSION_URN));
    }

    @Test
    void namingAParentReturnsItsRequestOnlySubAttributes() {
        Map<String, Object> projected = requestOnly.apply(
                RequestOnlySchema.resource(), List.of("badge", RequestOnlySchema.EXTENSION_URN), List.of());

        assertEquals(Map.of("number", "42", "pin", "1234"), projected.get("badge"));
        assertEquals(
                Map.of("auditTrail", "created by Entra", "region", "EU"),
                projected.get(RequestOnlySchema.EXTENSION_URN));
    }

    @Test
    void excludingARequestOnlyAttributeDoesNotBringItBack() {
        Map<String, Object> projected =
                requestOnly.apply(RequestOnlySchema.resource(), List.of(), List.of("displayName"));

        assertEquals(Set.of("id", "schemas", "badge", RequestOnlySchema.EXTENSION_URN), projected.keySet());
    }

    @Test
    void anExtensionWithOnlyRequestOnlyAttributesLeftIsOmitted() {
        Map<String, Object> projected = requestOnly.apply(
                RequestOnlySchema.resource(), List.of(), List.of(RequestOnlySchema.EXTENSION_URN + ":region"));

        assertFalse(projected.containsKey(RequestOnlySchema.EXTENSION_URN));
    }

    private static Map<String, Object> user() {
        Map<String, Object> user = new LinkedHashMap<>();
        user.put("schemas", new ArrayList<>(List.of(UserSchemas.CORE_URN, ENTERPRISE)));
        user.put("id", "2819c223-7f76-453a-919d-413861904646");
        user.put("externalId", "bjensen");
        user.put("userName", "bjensen@example.com");
        user.put("name", mapOf("formatted", "Ms. Barbara Jensen", "familyName", "Jensen", "givenName", "Barbara"));
        user.put("displayName", "Babs Jensen");
        user.put("active", true);
        user.put("password", "t1meMa$heen");
        user.put(
                "emails",
                new ArrayList<>(List.of(
                        mapOf("value", "bjensen@example.com", "type", "work", "primary", true),
                        mapOf("value", "babs@jensen.org", "type", "home"))));
        user.put("x509Certificates", new ArrayList<>(List.of(mapOf("value", "MIIDQzCC"))));
        user.put(
                ENTERPRISE,
                mapOf(
                        "employeeNumber",
                        "701984",
                        "department",
                        "Tour Operations",
                        "manager",
                        mapOf(
                                "value",
                                "26118915-6090-4610-87e4-49d8ca9f808d",
                                "$ref",
                                "../Users/26118915-6090-4610-87e4-49d8ca9f808d")));
        user.put(ACME, mapOf("costCode", "X-17", "badge", mapOf("number", "42", "color", "red")));
        user.put(
                "meta",
                mapOf(
                        "resourceType",
                        "User",
                        "created",
                        "2024-01-23T04:56:22Z",
                        "lastModified",
                        "2024-05-13T04:42:34Z",
                        "location",
                        "https://example.com/scim/v2/Users/2819c223",
                        "version",
                        "W/\"3\""));
        user.put("loginCount", new BigDecimal("7"));
        return user;
    }

    static Map<String, Object> mapOf(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Map<String, Object> owner, String key) {
        return (Map<String, Object>) owner.get(key);
    }

    /** A group-like type whose members, a badge PIN and an audit trail are only returned on request. */
    static final class RequestOnlySchema {

        static final String CORE_URN = "urn:example:params:scim:schemas:core:2.0:Team";
        static final String EXTENSION_URN = "urn:example:params:scim:schemas:extension:audit:2.0:Team";

        static final ResourceTypeDef TYPE = new ResourceTypeDef(
                "Team",
                "Team",
                "/Teams",
                "Team",
                new SchemaDef(
                        CORE_URN,
                        "Team",
                        "Team",
                        List.of(
                                Attributes.string("displayName", "Name."),
                                Attributes.multiComplex("members", "Members.", Attributes.string("value", "Member id."))
                                        .withReturned(Returned.REQUEST),
                                Attributes.complex(
                                        "badge",
                                        "Badge.",
                                        Attributes.string("number", "Badge number."),
                                        Attributes.string("pin", "Badge PIN.").withReturned(Returned.REQUEST)))),
                List.of(new SchemaDef(
                        EXTENSION_URN,
                        "TeamAudit",
                        "Audit",
                        List.of(
                                Attributes.string("auditTrail", "Audit trail.").withReturned(Returned.REQUEST),
                                Attributes.string("region", "Region.")))));

        static Map<String, Object> resource() {
            Map<String, Object> team = new LinkedHashMap<>();
            team.put("schemas", new ArrayList<>(Arrays.asList(CORE_URN, EXTENSION_URN)));
            team.put("id", "t1");
            team.put("displayName", "Tour Guides");
            team.put("members", new ArrayList<>(List.of(mapOf("value", "u1"), mapOf("value", "u2"))));
            team.put("badge", mapOf("number", "42", "pin", "1234"));
            team.put(EXTENSION_URN, mapOf("auditTrail", "created by Entra", "region", "EU"));
            return team;
        }
    }
}
