package org.scimspace.scim.resource;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.scimspace.common.Json;
import org.scimspace.directory.boundary.GroupRef;
import org.scimspace.directory.boundary.StoredUser;
import org.scimspace.directory.boundary.UserData;
import org.scimspace.directory.entity.UserEntity;
import org.scimspace.directory.entity.UserFields;
import org.scimspace.scim.schema.ResourceTypeDef;
import org.scimspace.scim.schema.UserSchemas;

/**
 * Maps a canonical User tree to what the directory stores and back to the SCIM
 * representation with {@code schemas}, {@code id} and {@code meta}.
 */
public final class UserRepresentation {

    public static final String PASSWORD = "password";

    private UserRepresentation() {}

    /**
     * What to store for a canonical tree. The password is never part of the document; the
     * caller hashes it and passes the hash (null keeps the stored one).
     */
    public static UserData toData(Map<String, Object> canonical, String passwordHash) {
        Map<String, Object> document = document(canonical);
        UserFields fields = new UserFields(
                FieldLengths.check("userName", (String) document.get("userName"), UserEntity.MAX_USER_NAME),
                FieldLengths.check("externalId", (String) document.get("externalId"), UserEntity.MAX_EXTERNAL_ID),
                FieldLengths.check("displayName", (String) document.get("displayName"), UserEntity.MAX_DISPLAY_NAME),
                Boolean.TRUE.equals(document.get("active")));
        return new UserData(
                fields, Json.write(document), SearchableValues.of(document, ResourceTypeDef.USER), passwordHash);
    }

    /** The tree as stored: without the password, and active unless said otherwise. */
    public static Map<String, Object> document(Map<String, Object> canonical) {
        Map<String, Object> document = new LinkedHashMap<>(canonical);
        document.remove(PASSWORD);
        document.putIfAbsent("active", Boolean.TRUE);
        return document;
    }

    /** The stored canonical tree, as the PATCH engine and PUT comparison see it. */
    public static Map<String, Object> canonical(StoredUser user) {
        return Json.readStored(user.document());
    }

    /**
     * The full SCIM representation with the groups the user is a direct member of;
     * {@code baseUrl} is the SCIM base without a trailing slash.
     */
    public static Map<String, Object> toResource(StoredUser user, List<GroupRef> groups, String baseUrl) {
        Map<String, Object> document = canonical(user);
        Map<String, Object> resource = new LinkedHashMap<>();
        resource.put("schemas", ResourceMeta.schemas(UserSchemas.CORE_URN, document));
        resource.put("id", user.id());
        for (Map.Entry<String, Object> entry : document.entrySet()) {
            resource.put(entry.getKey(), entry.getValue());
        }
        if (!groups.isEmpty()) {
            resource.put(
                    "groups",
                    groups.stream().map(group -> groupEntry(group, baseUrl)).toList());
        }
        addManagerReference(resource, baseUrl);
        resource.put(
                "meta",
                ResourceMeta.of(
                        "User", user.created(), user.lastModified(), baseUrl + "/Users/" + user.id(), user.revision()));
        return resource;
    }

    private static Map<String, Object> groupEntry(GroupRef group, String baseUrl) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("value", group.id());
        entry.put("$ref", baseUrl + "/Groups/" + group.id());
        entry.put("display", group.displayName());
        entry.put("type", "direct");
        return entry;
    }

    /** RFC 7643 §4.3 gives manager a {@code $ref}; Entra sends only the id, or a null ref. */
    @SuppressWarnings("unchecked")
    private static void addManagerReference(Map<String, Object> resource, String baseUrl) {
        if (resource.get(UserSchemas.ENTERPRISE_URN) instanceof Map<?, ?> enterprise
                && enterprise.get("manager") instanceof Map<?, ?> manager
                && manager.get("value") instanceof String id) {
            Map<String, Object> withRef = new LinkedHashMap<>((Map<String, Object>) manager);
            withRef.put("$ref", baseUrl + "/Users/" + id);
            Map<String, Object> extension = new LinkedHashMap<>((Map<String, Object>) enterprise);
            extension.put("manager", withRef);
            resource.put(UserSchemas.ENTERPRISE_URN, extension);
        }
    }
}
