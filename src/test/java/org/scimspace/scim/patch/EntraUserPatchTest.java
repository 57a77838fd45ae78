package org.scimspace.scim.patch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.scimspace.scim.schema.CanonicalTree;
import org.scimspace.scim.schema.ResourceReader;
import org.scimspace.scim.schema.ResourceTypeDef;
import org.scimspace.scim.schema.UserSchemas;
import org.scimspace.scim.testing.Json;
import org.scimspace.scim.testing.SimplePathSyntax;

/** Every PATCH shape Entra sends for users (ENTRA.md), from captured payloads. */
class EntraUserPatchTest {

    private static final String ENTERPRISE = UserSchemas.ENTERPRISE_URN;
    private static final String MANAGER_ID = "2f6c0e1a-6b1c-4a43-8a7d-0b5e5d6f7a8b";

    private final PatchEngine engine = new PatchEngine(ResourceTypeDef.USER, new SimplePathSyntax());
    private Map<String, Object> user;

    @BeforeEach
    void createUser() {
        user = new LinkedHashMap<>(Map.of("id", "u-1", "meta", Map.of("resourceType", "User")));
        user.putAll(new ResourceReader(ResourceTypeDef.USER).readResource(Json.entra("user-create.json")));
    }

    private Map<String, Object> patch(String fixture) {
        Map<String, Object> before = CanonicalTree.deepCopy(user);
        Map<String, Object> after = engine.apply(user, Json.entra(fixture));
        assertEquals(before, user, "the input tree must not change");
        return after;
    }

    /** The tree as it was, with the given top-level or enterprise attributes replaced. */
    private Map<String, Object> userWith(String container, String name, Object value) {
        Map<String, Object> expected = CanonicalTree.deepCopy(user);
        CanonicalTree.put(expected, container, name, value);
        return expected;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> enterprise(Map<String, Object> tree) {
        return (Map<String, Object>) tree.get(ENTERPRISE);
    }

    @Test
    void replaceFamilyName() {
        assertEquals(
                userWith(null, "name", Map.of("formatted", "Jane Doe", "familyName", "Smith", "givenName", "Jane")),
                patch("patch-replace-familyname.json"));
    }

    @Test
    void replaceWorkEmailKeepsTypeAndPrimary() {
        assertEquals(
                userWith(
                        null,
                        "emails",
                        List.of(Map.of("primary", true, "type", "work", "value", "jane.smith@contoso.example"))),
                patch("patch-replace-email-work.json"));
    }

    @Test
    void addWorkEmailCreatesItWhenAbsent() {
        user.remove("emails");
        assertEquals(
                userWith(null, "emails", List.of(Map.of("type", "work", "value", "jane.doe@contoso.example"))),
                patch("patch-add-email-work-absent.json"));
    }

    @Test
    void replacePhoneOfAbsentTypeAppendsIt() {
        Map<String, Object> after = patch("patch-replace-phone-absent.json");
        List<?> phones = (List<?>) after.get("phoneNumbers");
        assertEquals(4, phones.size());
        assertEquals(Map.of("type", "home", "value", "+1 425 555 0199"), phones.get(3));
        assertEquals(((List<?>) user.get("phoneNumbers")).subList(0, 3), phones.subList(0, 3));
    }

    @Test
    void pathlessReplaceWithDottedAndUrnKeys() {
        Map<String, Object> expected = userWith(null, "displayName", "Jane Q. Doe");
        expected.put("name", Map.of("formatted", "Jane Doe", "familyName", "Doe", "givenName", "Janet"));
        expected.put("active", false);
        enterprise(expected).put("employeeNumber", "1702");

        assertEquals(expected, patch("patch-pathless-multi.json"));
    }

    @Test
    void pathlessReplaceWithEnterpriseObject() {
        Map<String, Object> expected = CanonicalTree.deepCopy(user);
        enterprise(expected).put("department", "Sales");
        enterprise(expected).put("manager", Map.of("value", MANAGER_ID));

        assertEquals(expected, patch("patch-pathless-enterprise-object.json"));
    }

    @ParameterizedTest
    @CsvSource({
        "patch-disable-string.json, false",
        "patch-disable-lowercase.json, false",
        "patch-disable-boolean.json, false",
        "patch-enable-string.json, true",
        "patch-enable-boolean.json, true"
    })
    void activeFromStringsAndBooleans(String fixture, boolean active) {
        user.put("active", !active);
        assertEquals(userWith(null, "active", active), patch(fixture));
    }

    @Test
    void managerAsRefArrayUnderBarePath() {
        Map<String, Object> expected = CanonicalTree.deepCopy(user);
        enterprise(expected)
                .put(
                        "manager",
                        Map.of("$ref", "https://scim.example/scim/v2/Users/" + MANAGER_ID, "value", MANAGER_ID));
        assertEquals(expected, patch("patch-manager-ref-array.json"));
    }

    @Test
    void managerAsBareStringUnderUrnPathDropsTheOldRef() {
        enterprise(user).put("manager", Map.of("value", "old", "$ref", "https://scim.example/scim/v2/Users/old"));
        Map<String, Object> expected = CanonicalTree.deepCopy(user);
        enterprise(expected).put("manager", Map.of("value", MANAGER_ID));
        assertEquals(expected, patch("patch-manager-urn-string.json"));
    }

    @ParameterizedTest
    @CsvSource({"patch-manager-remove-empty.json", "patch-manager-remove-empty-value.json"})
    void managerReplacedWithEmptyValueIsRemoved(String fixture) {
        enterprise(user).put("manager", Map.of("value", "old", "$ref", "https://scim.example/scim/v2/Users/old"));
        Map<String, Object> after = patch(fixture);
        assertEquals(Map.of("employeeNumber", "1701", "department", "Research"), enterprise(after));
    }

    @Test
    void enterpriseDepartmentByUrn() {
        Map<String, Object> after = patch("patch-enterprise-department.json");
        assertEquals(
                Map.of(
                        "employeeNumber",
                        "1701",
                        "department",
                        "Marketing",
                        "manager",
                        Map.of("value", "8c1b6e4a-1d2f-4d44-9d9c-5f1f0d1c2b3a")),
                enterprise(after));
    }

    @Test
    void customExtensionAttributeIsKeptUnderItsUrn() {
        assertEquals(
                userWith("urn:ietf:params:scim:schemas:extension:contoso:2.0:User", "costCode", "CC-42"),
                patch("patch-custom-extension.json"));
    }

    @Test
    void emptyStringAndNullClear() {
        Map<String, Object> after = patch("patch-clear-empty-string.json");
        assertFalse(after.containsKey("title"));
        assertFalse(enterprise(after).containsKey("department"));
        assertNotEquals(null, enterprise(after).get("employeeNumber"));
    }

    @Test
    void clearingTheWorkEmailAddressRemovesTheWorkEmail() {
        Map<String, Object> expected = CanonicalTree.deepCopy(user);
        expected.remove("emails");
        assertEquals(expected, patch("patch-clear-email-work.json"));
    }
}
