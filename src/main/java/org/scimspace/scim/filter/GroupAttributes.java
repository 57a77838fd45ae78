package org.scimspace.scim.filter;

import java.util.Optional;
import java.util.function.Function;

import org.scimspace.scim.ScimException;
import org.scimspace.scim.schema.GroupSchemas;
import org.scimspace.scim.schema.ResourceTypeDef;

/**
 * Resolves attribute paths of group filters and sortBy against the Group resource type,
 * case-insensitively and with or without the core URN. Everything but {@code members} is a
 * column of the group row; {@code members} are the group's membership rows.
 *
 * @param errors makes the error for a path that cannot be used: invalidFilter for filters,
 *               invalidValue for sortBy
 */
record GroupAttributes(Function<String, ScimException> errors) {

    private static final CommonTargets COMMON = new CommonTargets(
            ResourceColumn.ID,
            ResourceColumn.EXTERNAL_ID,
            ResourceColumn.CREATED,
            ResourceColumn.LAST_MODIFIED,
            ResourceTypeDef.GROUP.name());

    static GroupAttributes forFilter() {
        return new GroupAttributes(ScimException::invalidFilter);
    }

    static GroupAttributes forSort() {
        return new GroupAttributes(ScimException::invalidValue);
    }

    Target resolve(AttributePath path) {
        if (path.urn() != null && !path.urn().equalsIgnoreCase(GroupSchemas.CORE_URN)) {
            // Groups keep no extension values; a filter on one could only ever match nothing.
            throw errors.apply(
                    "Attribute '" + path + "' is not filterable: groups have no schema extension '" + path.urn() + "'");
        }
        Optional<Target> common = COMMON.resolve(path, errors);
        if (common.isPresent()) {
            return common.get();
        }
        switch (CommonTargets.lower(path.attribute())) {
            case "displayname":
                return CommonTargets.column(path, GroupColumn.DISPLAY_NAME, errors);
            case "members":
                return new Target.Memberships(MemberLink.MEMBERS, path.subAttribute());
            case "schemas":
                if (path.subAttribute() != null) {
                    throw CommonTargets.unknown(path, errors);
                }
                return new Target.Schemas();
            default:
                throw CommonTargets.unknown(path, errors);
        }
    }

    /** The attribute of a value path {@code path[...]}: only {@code members} has elements. */
    MemberLink element(AttributePath path) {
        if (path.subAttribute() != null) {
            throw errors.apply("A value filter applies to a multi-valued attribute, not to '" + path + "'");
        }
        if (resolve(path) instanceof Target.Memberships memberships) {
            return memberships.link();
        }
        throw errors.apply("Attribute '" + path + "' has no sub-attributes to filter on in brackets");
    }
}
