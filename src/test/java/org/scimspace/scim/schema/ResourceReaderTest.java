package org.scimspace.scim.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.scimspace.scim.ScimException;
import org.scimspace.scim.testing.Json;
import org.scimspace.scim.testing.TestGroups;

class ResourceReaderTest {

    private static final String ENTERPRISE = UserSchemas.ENTERPRISE_URN;

    private final ResourceReader reader = new ResourceReader(ResourceTypeDef.USER);

    private Map<String, Object> read(String json) {
        return reader.readResource(Json.parse(json));
    }

    @Test
    void readsEntraCreateIntoCanonicalTree() {
        Map<String, Object> user = reader.readResource(Json.entra("user-create.json"));

        assertEquals(
                Set.of(
                        "externalId",
                        "userName",
                        "active",
                        "displayName",
                        "title",
                        "preferredLanguage",
                        "name",
                        "emails",
                        "phoneNumbers",
                        "addresses",
                        ENTERPRISE),
                user.keySet());
        assertEquals(Boolean.TRUE, user.get("active"));
        assertEquals(Map.of("formatted", "Jane Doe", "familyName", "Doe", "givenName", "Jane"), user.get("name"));
        assertEquals(
                List.of(Map.of("primary", true, "type", "work", "value", "jdoe@contoso.example")), user.get("emails"));
        assertEquals(3, ((List<?>) user.get("phoneNumbers")).size());
        assertEquals(
                "1 Microsoft Way\nRedmond WA 98052\nUS",
                ((Map<?, ?>) ((List<?>) user.get("addresses")).get(0)).get("formatted"));
        assertEquals(
                Map.of(
                        "employeeNumber",
                        "1701",
                        "department",
                        "Research",
                        "manager",
                        Map.of("value", "8c1b6e4a-1d2f-4d44-9d9c-5f1f0d1c2b3a")),
                user.get(ENTERPRISE));
    }

    @Test
    void matchesNamesCaseInsensitivelyAndWritesCanonicalSpelling() {
        Map<String, Object> user = read(
                """
                {"USERNAME":"a@b.c","Name":{"GIVENNAME":"A"},"emails":[{"VALUE":"a@b.c","Type":"work"}],
                 "URN:IETF:PARAMS:SCIM:SCHEMAS:EXTENSION:ENTERPRISE:2.0:USER":{"Department":"R"}}""");

        assertEquals(
                Map.of(
                        "userName",
                        "a@b.c",
                        "name",
                        Map.of("givenName", "A"),
                        "emails",
                        List.of(Map.of("value", "a@b.c", "type", "work")),
                        ENTERPRISE,
                        Map.of("department", "R")),
                user);
    }

    @Test
    void movesUrnQualifiedKeysToTheirPlace() {
        Map<String, Object> user = read(
                """
                {"urn:ietf:params:scim:schemas:core:2.0:User:userName":"a@b.c",
                 "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:department":"R",
                 "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User":{"costCenter":"C1"}}""");

        assertEquals(Map.of("userName", "a@b.c", ENTERPRISE, Map.of("department", "R", "costCenter", "C1")), user);
    }

    @Test
    void keepsCustomExtensionAttributesAsSent() {
        Map<String, Object> user = read(
                """
                {"userName":"a@b.c",
                 "urn:ietf:params:scim:schemas:extension:contoso:2.0:User:costCode":"CC-1",
                 "urn:ietf:params:scim:schemas:extension:contoso:2.0:User:badge":{"id":7,"tags":["x",null]},
                 "urn:ietf:params:scim:schemas:extension:other:2.0:User":{"level":"3","gone":null}}""");

        assertEquals(
                Map.of("costCode", "CC-1", "badge", Map.of("id", new BigDecimal(7), "tags", List.of("x"))),
                user.get("urn:ietf:params:scim:schemas:extension:contoso:2.0:User"));
        assertEquals(Map.of("level", "3"), user.get("urn:ietf:params:scim:schemas:extension:other:2.0:User"));
    }

    @Test
    void toleratesUnknownAttributesSchemasAndReadOnlyInput() {
        Map<String, Object> user = read(
                """
                {"schemas":["urn:ietf:params:scim:schemas:core:2.0:User","urn:x:unknown"],
                 "userName":"a@b.c","id":"client-id","meta":{"resourceType":"User"},"favouriteColour":"blue",
                 "groups":[{"value":"g"}],
                 "http://schemas.microsoft.com/2006/11/ResourceManagement/ADSCIM/2.0/Group":{"x":1},
                 "urn:ietf:params:scim:schemas:core:2.0:Group:displayName":"G",
                 "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User":
                    {"manager":{"value":"m","displayName":"Boss"},"shoeSize":"9"}}""");

        assertEquals(Map.of("userName", "a@b.c", ENTERPRISE, Map.of("manager", Map.of("value", "m"))), user);
    }

    @Test
    void dropsNullsEmptyStringsAndEmptyContainers() {
        Map<String, Object> user = read(
                """
                {"userName":"a@b.c","displayName":null,"title":"","name":{},"roles":[],
                 "emails":[{"value":null},{"value":"a@b.c","display":""}],
                 "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User":{"manager":{"value":"","$ref":null}}}""");

        assertEquals(Map.of("userName", "a@b.c", "emails", List.of(Map.of("value", "a@b.c"))), user);
    }

    @Test
    void acceptsEntraBooleanStrings() {
        assertEquals(
                Boolean.TRUE, read("{\"userName\":\"a\",\"active\":\"True\"}").get("active"));
        assertEquals(
                Boolean.FALSE, read("{\"userName\":\"a\",\"active\":\"False\"}").get("active"));
        assertEquals(
                Boolean.FALSE, read("{\"userName\":\"a\",\"active\":\"false\"}").get("active"));
        assertEquals(
                List.of(Map.of("value", "v", "primary", true)),
                read("{\"userName\":\"a\",\"emails\":[{\"value\":\"v\",\"primary\":\"true\"}]}")
                        .get("emails"));
    }

    @Test
    void acceptsEveryManagerShape() {
        Map<String, Object> expected = Map.of("value", "m-1");
        assertEquals(expected, manager("\"m-1\""));
        assertEquals(
                Map.of("value", "m-1", "$ref", "https://x/Users/m-1"),
                manager("[{\"$ref\":\"https://x/Users/m-1\",\"value\":\"m-1\"}]"));
        assertEquals(expected, manager("{\"value\":\"m-1\",\"$ref\":null}"));
        assertEquals(
                expected,
                ((Map<?, ?>) read("{\"userName\":\"a\",\"manager\":\"m-1\"}").get(ENTERPRISE)).get("manager"));
    }

    private Object manager(String json) {
        Map<String, Object> user = read("{\"userName\":\"a\",\"" + ENTERPRISE + "\":{\"manager\":" + json + "}}");
        return ((Map<?, ?>) user.get(ENTERPRISE)).get("manager");
    }

    @Test
    void wrapsASingleObjectGivenForAMultiValuedAttribute() {
        assertEquals(
                List.of(Map.of("value", "a@b.c", "type", "work")),
                read("{\"userName\":\"a\",\"emails\":{\"value\":\"a@b.c\",\"type\":\"work\"}}")
                        .get("emails"));
    }

    @Test
    void refusesValuesOfTheWrongType() {
        assertInvalidValue("{\"userName\":42}", "Attribute 'userName' must be a string");
        assertInvalidValue("{\"userName\":\"a\",\"active\":\"yes\"}", "Attribute 'active' must be a boolean");
        assertInvalidValue("{\"userName\":\"a\",\"name\":\"Jane\"}", "Attribute 'name' must be an object");
        assertInvalidValue(
                "{\"userName\":\"a\",\"emails\":[{\"value\":true}]}", "Attribute 'emails.value' must be a string");
        assertInvalidValue(
                "{\"userName\":\"a\",\"x509Certificates\":[{\"value\":\"not base64!\"}]}",
                "Attribute 'x509Certificates.value' must be base64-encoded binary");
        assertInvalidValue(
                "{\"userName\":\"a\",\"" + ENTERPRISE + "\":\"Research\"}",
                "Attribute '" + ENTERPRISE + "' must be an object");
    }

    @Test
    void requiresUserName() {
        assertInvalidValue("{\"displayName\":\"A\"}", "Attribute 'userName' is required");
        assertInvalidValue("{\"userName\":\"\"}", "Attribute 'userName' is required");
    }

    @Test
    void checksDateTimesAndNumbers() {
        AttributeDef created = CommonAttributes.META.subAttribute("created").orElseThrow();
        assertEquals("2024-05-01T10:00:00Z", reader.readValue(created, "2024-05-01T10:00:00Z"));
        ScimException e = assertThrows(ScimException.class, () -> reader.readValue(created, "2024-05-01"));
        assertEquals("invalidValue", e.scimType());

        AttributeDef count = Attributes.simple("count", AttributeType.INTEGER, "");
        assertEquals(new BigDecimal("3"), reader.readValue(count, new BigDecimal("3")));
        assertThrows(ScimException.class, () -> reader.readValue(count, new BigDecimal("3.5")));
        assertThrows(ScimException.class, () -> reader.readValue(count, "3"));
    }

    @Test
    void readsOtherResourceTypesFromTheirSchema() {
        ResourceReader groups = new ResourceReader(TestGroups.TYPE);
        Map<String, Object> group = groups.readResource(Json.entra("group-create.json"));

        assertEquals(
                Map.of("externalId", "0f3c8a8e-7b0e-4c49-9f3a-2f0a4c2d9e11", "displayName", "Research Team"), group);
        assertFalse(group.containsKey("members"));
        assertTrue(
                groups.readResource(Json.parse("{\"displayName\":\"G\",\"members\":[{\"value\":\"u\",\"$ref\":null}]}"))
                        .containsKey("members"));
    }

    private void assertInvalidValue(String json, String detail) {
        ScimException e = assertThrows(ScimException.class, () -> read(json));
        assertEquals(400, e.status());
        assertEquals("invalidValue", e.scimType());
        assertEquals(detail, e.detail());
    }
}
