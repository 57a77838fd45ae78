package org.scimspace.bench;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/** Request bodies and query strings shaped as Entra ID sends them (see ENTRA.md). */
final class Entra {

    private static final String PATCH_OP = "{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:PatchOp\"],";
    static final String ENTERPRISE = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";

    private Entra() {}

    static String userName(int i, String domain) {
        return "user" + i + "@" + domain;
    }

    /** The full user POST of Entra's default attribute mapping. */
    static String user(int i, String domain) {
        String userName = userName(i, domain);
        return "{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:User\",\"" + ENTERPRISE + "\"],"
                + "\"externalId\":\"user" + i + "\",\"userName\":\"" + userName + "\",\"active\":true,"
                + "\"displayName\":\"Given" + i + " Family" + i + "\",\"title\":\"Engineer\","
                + "\"preferredLanguage\":\"en-US\",\"meta\":{\"resourceType\":\"User\"},"
                + "\"name\":{\"formatted\":\"Given" + i + " Family" + i + "\",\"familyName\":\"Family" + i
                + "\",\"givenName\":\"Given" + i + "\"},"
                + "\"emails\":[{\"primary\":true,\"type\":\"work\",\"value\":\"" + userName + "\"}],"
                + "\"phoneNumbers\":[{\"type\":\"work\",\"value\":\"+1 425 555 " + String.format("%04d", i % 10000)
                + "\"},{\"type\":\"mobile\",\"value\":\"+1 425 556 " + String.format("%04d", i % 10000) + "\"}],"
                + "\"addresses\":[{\"type\":\"work\",\"formatted\":\"1 Main Street\\nRedmond WA 98052\\nUS\","
                + "\"streetAddress\":\"1 Main Street\",\"locality\":\"Redmond\",\"region\":\"WA\","
                + "\"postalCode\":\"98052\",\"country\":\"US\",\"primary\":false}],\"roles\":[],"
                + "\"" + ENTERPRISE + "\":{\"employeeNumber\":\"" + i + "\",\"department\":\"Department "
                + (i % 40) + "\"}}";
    }

    static String groupName(int g) {
        return "Group " + g;
    }

    /** The Entra group object ID of group {@code g} of a tenant: stable, so limits can name it. */
    static String groupObjectId(String tenant, int g) {
        return UUID.nameUUIDFromBytes((tenant + "/group/" + g).getBytes(StandardCharsets.UTF_8))
                .toString();
    }

    static String group(String tenant, int g) {
        return "{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:Group\","
                + "\"http://schemas.microsoft.com/2006/11/ResourceManagement/ADSCIM/2.0/Group\"],"
                + "\"externalId\":\"" + groupObjectId(tenant, g) + "\",\"displayName\":\"" + groupName(g)
                + "\",\"meta\":{\"resourceType\":\"Group\"}}";
    }

    static String addMembers(List<String> userIds) {
        return PATCH_OP + "\"Operations\":[{\"op\":\"Add\",\"path\":\"members\",\"value\":["
                + userIds.stream()
                        .map(id -> "{\"$ref\":null,\"value\":\"" + id + "\"}")
                        .collect(Collectors.joining(","))
                + "]}]}";
    }

    /** Removal without the aadOptscim062020 flag: a value list. */
    static String removeMember(String userId) {
        return PATCH_OP + "\"Operations\":[{\"op\":\"Remove\",\"path\":\"members\",\"value\":[{\"value\":\"" + userId
                + "\"}]}]}";
    }

    static String replace(String path, String value) {
        return PATCH_OP + "\"Operations\":[{\"op\":\"Replace\",\"path\":\"" + path.replace("\"", "\\\"")
                + "\",\"value\":\"" + value + "\"}]}";
    }

    /** Deactivation as Entra sends it: the string "False". */
    static String active(boolean active) {
        return replace("active", active ? "True" : "False");
    }

    static String userFilter(String userName) {
        return "/Users?filter=" + Http.query("userName eq \"" + userName + "\"");
    }

    static String groupFilter(String displayName) {
        return "/Groups?excludedAttributes=members&filter=" + Http.query("displayName eq \"" + displayName + "\"");
    }

    static String membershipFilter(String groupId, String userId) {
        return "/Groups?excludedAttributes=members&filter="
                + Http.query("id eq \"" + groupId + "\" and members[value eq \"" + userId + "\"]");
    }
}
