package org.scimspace.scim.resource;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.scimspace.common.Json;
import org.scimspace.directory.boundary.StoredUser;
import org.scimspace.directory.boundary.UserData;
import org.scimspace.directory.entity.UserFields;
import org.scimspace.scim.schema.ResourceTypeDef;
import org.scimspace.scim.schema.UserSchemas;

/**
 * Maps a canonical User tree to what the directory stores and back to the SCIM
 * representation with {@code schemas}, {@code id} and {@code meta}.
 */
public final class UserRepresentation {

    public static final String PASSWORD = "password";

    private UserRepresentation() {
    }

    /**
     * What to store for a canonical tree. The password is never part of the document; the
     * caller hashes it and passes the hash (null keeps the stored one).
     */
    public static UserData toData(Map<String, Object> canonical, String passwordHash) {
        Map<String, Object> document = document(canonical);
        UserFields fields = new UserFields((String) document.get("userName"), (String) document.get("externalId"),
                (String) document.get("displayName"), Boolean.TRUE.equals(document.get("active")));
        return new UserData(fields, Json.write(document), SearchableValues.of(document, ResourceTypeDef.USER),
                passwordHash);
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

    /** The full SCIM representation; {@code baseUrl} is the SCIM base without a trailing slash. */
    public static Map<String, Object> toResource(StoredUser user, String baseUrl) {
        Map<String, Object> document = canonical(user);
        Map<String, Object> resource = new LinkedHashMap<>();
        resource.put("schemas", schemas(document));
        resource.put("id", user.id());
        for (Map.Entry<String, Object> entry : document.entrySet()) {
            resource.put(entry.getKey(), entry.getValue());
        }
        addManagerReference(resource, baseUrl);
        resource.put("meta", meta(user, baseUrl));
        return resource;
    }

    private static List<String> schemas(Map<String, Object> document) {
        List<String> schemas = new ArrayList<>();
        schemas.add(UserSchemas.CORE_URN);
        for (String key : document.keySet()) {
            if (key.regionMatches(true, 0, "urn:", 0, 4)) {
                schemas.add(key);
            }
        }
        return schemas;
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

    private static Map<String, Object> meta(StoredUser user, String baseUrl) {
        Map<String, Object> meta = new LinkedHashMap<>();
        meta.put("resourceType", "User");
        meta.put("created", timestamp(user.created()));
        meta.put("lastModified", timestamp(user.lastModified()));
        meta.put("location", baseUrl + "/Users/" + user.id());
        meta.put("version", ETags.of(user.revision()));
        return meta;
    }

    private static String timestamp(Instant instant) {
        return instant.toString();
    }
}
