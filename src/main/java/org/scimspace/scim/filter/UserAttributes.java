package org.scimspace.scim.filter;

import java.util.Optional;
import java.util.function.Function;

import org.scimspace.scim.ScimException;
import org.scimspace.scim.schema.AttributeDef;
import org.scimspace.scim.schema.ResourceTypeDef;
import org.scimspace.scim.schema.SchemaDef;
import org.scimspace.scim.schema.UserSchemas;

/**
 * Resolves attribute paths of user filters and sortBy against the User resource type,
 * case-insensitively and with or without the core URN, to what they denote in storage. The
 * row keys built here follow the copy rules of {@code SearchableValues}.
 *
 * @param errors makes the error for a path that cannot be used: invalidFilter for filters,
 *               invalidValue for sortBy
 */
record UserAttributes(Function<String, ScimException> errors) {

    private static final ResourceTypeDef TYPE = ResourceTypeDef.USER;
    private static final CommonTargets COMMON = new CommonTargets(
            ResourceColumn.ID,
            ResourceColumn.EXTERNAL_ID,
            ResourceColumn.CREATED,
            ResourceColumn.LAST_MODIFIED,
            TYPE.name());

    static UserAttributes forFilter() {
        return new UserAttributes(ScimException::invalidFilter);
    }

    static UserAttributes forSort() {
        return new UserAttributes(ScimException::invalidValue);
    }

    Target resolve(AttributePath path) {
        String urn = path.urn();
        if (urn != null && path.subAttribute() == null) {
            Optional<SchemaDef> whole = TYPE.extension(urn + ":" + path.attribute());
            if (whole.isPresent()) {
                return new Target.Extension(lower(whole.get().id()));
            }
        }
        if (urn == null || urn.equalsIgnoreCase(UserSchemas.CORE_URN)) {
            return core(path);
        }
        Optional<SchemaDef> extension = TYPE.extension(urn);
        if (extension.isEmpty()) {
            String sub = path.subAttribute() == null ? "" : lower(path.subAttribute());
            return new Target.Value(customKey(urn, path.attribute()), sub, null, false);
        }
        AttributeDef def = extension.get().attribute(path.attribute()).orElseThrow(() -> unknown(path));
        return schemaAttribute(lower(extension.get().id()) + ":" + lower(def.name()), def, path);
    }

    /** The attribute of a value path {@code path[...]}. */
    Target element(AttributePath path) {
        if (path.subAttribute() != null) {
            throw errors.apply("A value filter applies to a multi-valued attribute, not to '" + path + "'");
        }
        Target target = resolve(path);
        if (target instanceof Target.Memberships) {
            return target;
        }
        if (target instanceof Target.Value value && value.def() == null) {
            return new Target.Element(value.attr(), null);
        }
        if (target instanceof Target.Value value && value.bareComplex()) {
            return new Target.Element(
                    value.attr(), TYPE.attribute(path.urn(), path.attribute()).orElseThrow());
        }
        if (target instanceof Target.Whole whole && whole.attr() != null) {
            return new Target.Element(whole.attr(), whole.def());
        }
        throw errors.apply("Attribute '" + path + "' has no sub-attributes to filter on in brackets");
    }

    /** A sub-attribute named inside the brackets of a value path on {@code element}. */
    Target.Value member(Target.Element element, AttributePath inner) {
        if (element.def() == null) {
            return new Target.Value(element.attr(), lower(inner.attribute()), null, false);
        }
        AttributeDef sub = element.def()
                .subAttribute(inner.attribute())
                .orElseThrow(() ->
                        errors.apply("Unknown attribute '" + element.def().name() + "." + inner.attribute() + "'"));
        return new Target.Value(element.attr(), lower(sub.name()), sub, false);
    }

    private Target core(AttributePath path) {
        Optional<Target> common = COMMON.resolve(path, errors);
        if (common.isPresent()) {
            return common.get();
        }
        String sub = path.subAttribute();
        switch (lower(path.attribute())) {
            case "username":
                return CommonTargets.column(path, UserColumn.USER_NAME, errors);
            case "displayname":
                return CommonTargets.column(path, UserColumn.DISPLAY_NAME, errors);
            case "active":
                return CommonTargets.column(path, UserColumn.ACTIVE, errors);
            case "schemas":
                if (sub != null) {
                    throw unknown(path);
                }
                return new Target.Schemas();
            case "groups":
                return new Target.Memberships(MemberLink.GROUPS, sub);
            case "password":
                throw errors.apply("Attribute 'password' is never returned and cannot be searched or sorted by");
            default:
                AttributeDef def = TYPE.attribute(null, path.attribute()).orElseThrow(() -> unknown(path));
                return schemaAttribute(lower(def.name()), def, path);
        }
    }

    private Target schemaAttribute(String attr, AttributeDef def, AttributePath path) {
        if (!def.isComplex()) {
            if (path.subAttribute() != null) {
                throw unknown(path);
            }
            return new Target.Value(attr, "", def, false);
        }
        if (path.subAttribute() != null) {
            AttributeDef sub = def.subAttribute(path.subAttribute()).orElseThrow(() -> unknown(path));
            return new Target.Value(attr, lower(sub.name()), sub, false);
        }
        return def.defaultSubAttribute()
                .<Target>map(value -> new Target.Value(attr, "value", value, true))
                .orElseGet(() -> new Target.Whole(def, attr));
    }

    private ScimException unknown(AttributePath path) {
        return CommonTargets.unknown(path, errors);
    }

    private static String customKey(String urn, String attribute) {
        return lower(urn) + ":" + lower(attribute);
    }

    private static String lower(String text) {
        return CommonTargets.lower(text);
    }
}
