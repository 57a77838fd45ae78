package org.scimspace.scim.resource;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.scimspace.common.Json;
import org.scimspace.directory.boundary.GroupData;
import org.scimspace.directory.boundary.MemberRow;
import org.scimspace.directory.boundary.StoredGroup;
import org.scimspace.directory.entity.GroupEntity;
import org.scimspace.directory.entity.MemberType;
import org.scimspace.scim.schema.GroupSchemas;

/**
 * Maps a canonical Group tree to what the directory stores (members apart) and back to the
 * SCIM representation with {@code schemas}, {@code id}, members and {@code meta}.
 */
public final class GroupRepresentation {

    public static final String MEMBERS = "members";

    private GroupRepresentation() {}

    /** What to store for a canonical tree: everything but its members. */
    public static GroupData toData(Map<String, Object> canonical) {
        Map<String, Object> document = withoutMembers(canonical);
        return new GroupData(
                FieldLengths.check("displayName", (String) document.get("displayName"), GroupEntity.MAX_DISPLAY_NAME),
                FieldLengths.check("externalId", (String) document.get("externalId"), GroupEntity.MAX_EXTERNAL_ID),
                Json.write(document));
    }

    public static Map<String, Object> withoutMembers(Map<String, Object> canonical) {
        Map<String, Object> document = new LinkedHashMap<>(canonical);
        document.remove(MEMBERS);
        return document;
    }

    /** The stored tree (without members), as the PATCH engine sees it. */
    public static Map<String, Object> canonical(StoredGroup group) {
        return Json.readStored(group.document());
    }

    /**
     * The SCIM representation; {@code members} is null when they were not asked for (and so
     * not read), {@code baseUrl} the SCIM base without a trailing slash.
     */
    public static Map<String, Object> toResource(StoredGroup group, List<MemberRow> members, String baseUrl) {
        Map<String, Object> document = canonical(group);
        Map<String, Object> resource = new LinkedHashMap<>();
        resource.put("schemas", ResourceMeta.schemas(GroupSchemas.CORE_URN, document));
        resource.put("id", group.id());
        resource.putAll(document);
        if (members != null) {
            resource.put(
                    MEMBERS,
                    members.stream().map(member -> memberEntry(member, baseUrl)).toList());
        }
        resource.put(
                "meta",
                ResourceMeta.of(
                        "Group",
                        group.created(),
                        group.lastModified(),
                        baseUrl + "/Groups/" + group.id(),
                        group.revision()));
        return resource;
    }

    private static Map<String, Object> memberEntry(MemberRow member, String baseUrl) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("value", member.id());
        entry.put("$ref", baseUrl + (member.type() == MemberType.User ? "/Users/" : "/Groups/") + member.id());
        if (member.display() != null) {
            entry.put("display", member.display());
        }
        entry.put("type", member.type().name());
        return entry;
    }
}
