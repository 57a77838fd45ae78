package org.scimspace.scim.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.scimspace.scim.schema.TreeAssertions.assertNoNulls;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class DiscoveryDocumentsTest {

    private static final String BASE = "https://scim.example.com/scim/v2";
    private static final String LIMITS = "Filters may be up to 10 characters long.";
    private static final List<ResourceTypeDef> TYPES = List.of(ResourceTypeDef.USER);

    @Test
    void publishesTheCoreUserSchemaAndTheEnterpriseExtensionOnce() {
        List<Map<String, Object>> schemas = DiscoveryDocuments.schemas(TYPES, BASE);

        assertEquals(
                List.of(UserSchemas.CORE_URN, UserSchemas.ENTERPRISE_URN),
                schemas.stream().map(s -> s.get("id")).toList());
        Map<String, Object> core = schemas.get(0);
        assertEquals(List.of("urn:ietf:params:scim:schemas:core:2.0:Schema"), core.get("schemas"));
        assertEquals("User", core.get("name"));
        assertEquals("User Account", core.get("description"));
        assertEquals(
                Map.of("resourceType", "Schema", "location", BASE + "/Schemas/" + UserSchemas.CORE_URN),
                core.get("meta"));
        assertEquals("EnterpriseUser", schemas.get(1).get("name"));
    }

    @Test
    void listsASchemaSharedByTwoResourceTypesOnce() {
        ResourceTypeDef contractor = new ResourceTypeDef(
                "Contractor",
                "Contractor",
                "/Contractors",
                "Contractor",
                UserSchemas.CORE,
                List.of(UserSchemas.ENTERPRISE));

        assertEquals(
                2,
                DiscoveryDocuments.schemas(List.of(ResourceTypeDef.USER, contractor), BASE)
                        .size());
    }

    @Test
    void publishesEveryAttributeOfEverySchemaWithItsCharacteristics() {
        List<Map<String, Object>> schemas = DiscoveryDocuments.schemas(TYPES, BASE);

        List<AttributeDef> core = new java.util.ArrayList<>(List.of(CommonAttributes.EXTERNAL_ID));
        core.addAll(UserSchemas.CORE.attributes());
        assertAttributes(core, attributes(schemas.get(0)), UserSchemas.CORE_URN);
        assertAttributes(UserSchemas.ENTERPRISE.attributes(), attributes(schemas.get(1)), UserSchemas.ENTERPRISE_URN);
    }

    @Test
    void passwordIsWriteOnlyAndNeverReturned() {
        Map<String, Object> password = coreAttribute("password");

        assertEquals("writeOnly", password.get("mutability"));
        assertEquals("never", password.get("returned"));
        assertEquals("string", password.get("type"));
    }

    @Test
    void userNameIsRequiredCaseInsensitiveAndUniquePerServer() {
        Map<String, Object> userName = coreAttribute("userName");

        assertEquals(true, userName.get("required"));
        assertEquals(false, userName.get("caseExact"));
        assertEquals("server", userName.get("uniqueness"));
        assertEquals("readWrite", userName.get("mutability"));
        assertEquals("default", userName.get("returned"));
    }

    @Test
    void listsExternalIdInTheCoreSchemasOnlyAndLeavesIdAndMetaOut() {
        for (Map<String, Object> schema : DiscoveryDocuments.schemas(TYPES, BASE)) {
            List<Object> names =
                    attributes(schema).stream().map(a -> a.get("name")).toList();
            boolean core = !schema.get("id").toString().contains(":extension:");
            assertEquals(
                    core ? 1 : 0,
                    names.stream().filter("externalId"::equals).count(),
                    () -> schema.get("id") + " lists externalId wrongly: " + names);
            assertFalse(names.contains("id"), () -> schema.get("id") + " lists id");
            assertFalse(names.contains("meta"), () -> schema.get("id") + " lists meta");
        }
        Map<String, Object> externalId = coreAttribute("externalId");
        assertEquals("readWrite", externalId.get("mutability"));
        assertEquals(true, externalId.get("caseExact"));
    }

    @Test
    void publishesCanonicalValuesOnlyWhereThereAreSome() {
        Map<String, Object> emails = coreAttribute("emails");
        Map<String, Object> type = subAttribute(emails, "type");
        Map<String, Object> value = subAttribute(emails, "value");

        assertEquals(List.of("work", "home", "other"), type.get("canonicalValues"));
        assertFalse(value.containsKey("canonicalValues"));
        assertEquals(true, emails.get("multiValued"));
        assertEquals("complex", emails.get("type"));
    }

    @Test
    void publishesReferenceTypesOnReferencesOnly() {
        Map<String, Object> manager = attributes(
                        DiscoveryDocuments.schemas(TYPES, BASE).get(1))
                .stream()
                .filter(a -> a.get("name").equals("manager"))
                .findFirst()
                .orElseThrow();

        assertEquals(List.of("User"), subAttribute(manager, "$ref").get("referenceTypes"));
        assertEquals("reference", subAttribute(manager, "$ref").get("type"));
        assertFalse(subAttribute(manager, "value").containsKey("referenceTypes"));
        assertEquals("readOnly", subAttribute(manager, "displayName").get("mutability"));
        assertFalse(coreAttribute("userName").containsKey("subAttributes"));
    }

    @Test
    void groupsOfAUserAreReadOnly() {
        Map<String, Object> groups = coreAttribute("groups");

        assertEquals("readOnly", groups.get("mutability"));
        assertEquals(List.of("User", "Group"), subAttribute(groups, "$ref").get("referenceTypes"));
        assertEquals(List.of("direct", "indirect"), subAttribute(groups, "type").get("canonicalValues"));
    }

    @Test
    void describesTheUserResourceTypeWithAnOptionalEnterpriseExtension() {
        List<Map<String, Object>> types = DiscoveryDocuments.resourceTypes(TYPES, BASE + "/");

        assertEquals(1, types.size());
        Map<String, Object> user = types.get(0);
        assertEquals(List.of("urn:ietf:params:scim:schemas:core:2.0:ResourceType"), user.get("schemas"));
        assertEquals("User", user.get("id"));
        assertEquals("User", user.get("name"));
        assertEquals("/Users", user.get("endpoint"));
        assertEquals("User Account", user.get("description"));
        assertEquals(UserSchemas.CORE_URN, user.get("schema"));
        assertEquals(
                List.of(Map.of("schema", UserSchemas.ENTERPRISE_URN, "required", false)), user.get("schemaExtensions"));
        assertEquals(
                Map.of("resourceType", "ResourceType", "location", BASE + "/ResourceTypes/User"), user.get("meta"));
    }

    @Test
    void omitsSchemaExtensionsOfATypeWithoutExtensions() {
        ResourceTypeDef plain = new ResourceTypeDef("Plain", "Plain", "/Plain", "Plain", UserSchemas.CORE, List.of());

        assertFalse(
                DiscoveryDocuments.resourceTypes(List.of(plain), BASE).get(0).containsKey("schemaExtensions"));
    }

    @Test
    void serviceProviderConfigStatesWhatIsSupported() {
        Map<String, Object> config = DiscoveryDocuments.serviceProviderConfig(BASE, 100, 500, LIMITS);

        assertEquals(List.of("urn:ietf:params:scim:schemas:core:2.0:ServiceProviderConfig"), config.get("schemas"));
        assertEquals(Map.of("supported", true), config.get("patch"));
        assertEquals(Map.of("supported", false, "maxOperations", 0, "maxPayloadSize", 0), config.get("bulk"));
        assertEquals(Map.of("supported", false), config.get("changePassword"));
        assertEquals(Map.of("supported", true), config.get("sort"));
        assertEquals(Map.of("supported", true), config.get("etag"));
        assertEquals(
                Map.of("resourceType", "ServiceProviderConfig", "location", BASE + "/ServiceProviderConfig"),
                config.get("meta"));
        assertFalse(config.containsKey("documentationUri"));
    }

    @Test
    void serviceProviderConfigPublishesThePageSizesWithTheFilter() {
        Map<?, ?> filter = (Map<?, ?>)
                DiscoveryDocuments.serviceProviderConfig(BASE, 100, 500, LIMITS).get("filter");

        assertEquals(true, filter.get("supported"));
        assertEquals(500, filter.get("maxResults"));
        String description = (String) filter.get("description");
        assertTrue(description.contains("100") && description.contains("500"), description);
        assertTrue(description.endsWith(LIMITS), description);
    }

    @Test
    void serviceProviderConfigOffersTheBearerTokenAsPrimaryScheme() {
        List<?> schemes = (List<?>)
                DiscoveryDocuments.serviceProviderConfig(BASE, 100, 500, LIMITS).get("authenticationSchemes");

        assertEquals(1, schemes.size());
        Map<?, ?> scheme = (Map<?, ?>) schemes.get(0);
        assertEquals("oauthbearertoken", scheme.get("type"));
        assertEquals("OAuth Bearer Token", scheme.get("name"));
        assertEquals(
                "Authentication with the secret token generated in the Scimspace console", scheme.get("description"));
        assertEquals(true, scheme.get("primary"));
    }

    @Test
    void rejectsPageSizesThatContradictEachOther() {
        assertThrows(
                IllegalArgumentException.class, () -> DiscoveryDocuments.serviceProviderConfig(BASE, 0, 10, LIMITS));
        assertThrows(
                IllegalArgumentException.class, () -> DiscoveryDocuments.serviceProviderConfig(BASE, 20, 10, LIMITS));
    }

    @Test
    void noDocumentHoldsANullBeforeOrAfterJsonSerialization() throws Exception {
        Map<String, Object> all = Map.of(
                "schemas", DiscoveryDocuments.schemas(TYPES, BASE),
                "resourceTypes", DiscoveryDocuments.resourceTypes(TYPES, BASE),
                "serviceProviderConfig", DiscoveryDocuments.serviceProviderConfig(BASE, 100, 500, LIMITS));
        assertNoNulls(all);

        try (Jsonb jsonb = JsonbBuilder.create()) {
            String json = jsonb.toJson(all);
            assertFalse(json.contains("null"), json);
            assertNoNulls(jsonb.fromJson(json, Map.class));
        }
    }

    private static void assertAttributes(
            List<AttributeDef> expected, List<Map<String, Object>> published, String where) {
        assertEquals(
                expected.stream().map(AttributeDef::name).toList(),
                published.stream().map(a -> a.get("name")).toList(),
                where);
        for (int i = 0; i < expected.size(); i++) {
            assertAttribute(
                    expected.get(i),
                    published.get(i),
                    where + ":" + expected.get(i).name());
        }
    }

    private static void assertAttribute(AttributeDef def, Map<String, Object> published, String where) {
        assertEquals(def.type().wireName(), published.get("type"), where);
        assertEquals(def.multiValued(), published.get("multiValued"), where);
        assertEquals(def.description(), published.get("description"), where);
        assertEquals(def.required(), published.get("required"), where);
        assertEquals(def.caseExact(), published.get("caseExact"), where);
        assertEquals(def.mutability().wireName(), published.get("mutability"), where);
        assertEquals(def.returned().wireName(), published.get("returned"), where);
        assertEquals(def.uniqueness().wireName(), published.get("uniqueness"), where);
        assertEquals(
                def.canonicalValues().isEmpty() ? null : def.canonicalValues(),
                published.get("canonicalValues"),
                where);
        assertEquals(
                def.type() == AttributeType.REFERENCE ? def.referenceTypes() : null,
                published.get("referenceTypes"),
                where);
        if (def.isComplex()) {
            assertAttributes(def.subAttributes(), attributes(published, "subAttributes"), where);
        } else {
            assertFalse(published.containsKey("subAttributes"), where);
        }
    }

    private static Map<String, Object> coreAttribute(String name) {
        return attributes(DiscoveryDocuments.schemas(TYPES, BASE).get(0)).stream()
                .filter(a -> a.get("name").equals(name))
                .findFirst()
                .orElseThrow();
    }

    private static Map<String, Object> subAttribute(Map<String, Object> attribute, String name) {
        Optional<Map<String, Object>> sub = attributes(attribute, "subAttributes").stream()
                .filter(a -> a.get("name").equals(name))
                .findFirst();
        return sub.orElseThrow();
    }

    private static List<Map<String, Object>> attributes(Map<String, Object> schema) {
        return attributes(schema, "attributes");
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> attributes(Map<String, Object> owner, String key) {
        return (List<Map<String, Object>>) owner.get(key);
    }
}
