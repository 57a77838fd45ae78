package org.scimspace.scim.resource;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The {@code meta} and {@code schemas} attributes (RFC 7643 §3.1) of every resource. */
final class ResourceMeta {

    private ResourceMeta() {}

    /** The core schema and every extension the document holds attributes of. */
    static List<String> schemas(String coreUrn, Map<String, Object> document) {
        List<String> schemas = new ArrayList<>();
        schemas.add(coreUrn);
        document.keySet().stream()
                .filter(key -> key.regionMatches(true, 0, "urn:", 0, 4))
                .forEach(schemas::add);
        return schemas;
    }

    static Map<String, Object> of(
            String resourceType, Instant created, Instant lastModified, String location, long revision) {
        Map<String, Object> meta = new LinkedHashMap<>();
        meta.put("resourceType", resourceType);
        meta.put("created", created.toString());
        meta.put("lastModified", lastModified.toString());
        meta.put("location", location);
        meta.put("version", ETags.of(revision));
        return meta;
    }
}
