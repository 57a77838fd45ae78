package org.scimspace.scim.filter;

import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

import org.scimspace.scim.ScimException;
import org.scimspace.scim.schema.AttributeDef;
import org.scimspace.scim.schema.CommonAttributes;
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

    static UserAttributes forFilter() {
        return new UserAttributes(ScimException::invalidFilter);
    }

    static UserAttributes forSort() {
        return new UserAttributes(ScimException::invalidValue);
    }

    UserTarget resolve(AttributePath path) {
        String urn = path.urn();
        if (urn != null && path.subAttribute() == null) {
            Optional<SchemaDef> whole = TYPE.extension(urn + ":" + path.attribute());
            if (whole.isPresent()) {
                return new UserTarget.Extension(lower(whole.get().id()));
            }
        }
        if (urn == null || urn.equalsIgnoreCase(UserSchemas.CORE_URN)) {
            return core(path);
        }
        Optional<SchemaDef> extension = TYPE.extension(urn);
        if (extension.isEmpty()) {
            String sub = path.subAttribute() == null ? "" : lower(path.subAttribute());
            return new UserTarget.Value(customKey(urn, path.attribute()), sub, null, false);
        }
        AttributeDef def = extension.get().attribute(path.attribute()).orElseThrow(() -> unknown(path));
        return schemaAttribute(lower(extension.get().id()) + ":" + lower(def.name()), def, path);
    }

    /** The attribute of a value path {@code path[...]}. */
    UserTarget element(AttributePath path) {
        if (path.subAttribute() != null) {
            throw errors.apply("A value filter applies to a multi-valued attribute, not to '" + path + "'");
        }
        UserTarget target = resolve(path);
        if (target instanceof UserTarget.Groups) {
            return target;
        }
        if (target instanceof UserTarget.Value value && value.def() == null) {
            return new UserTarget.Element(value.attr(), null);
        }
        if (target instanceof UserTarget.Value value && value.bareComplex()) {
            return new UserTarget.Element(value.attr(), TYPE.attribute(path.urn(), path.attribute()).orElseThrow());
        }
        if (target instanceof UserTarget.Whole whole && whole.attr() != null) {
            return new UserTarget.Element(whole.attr(), whole.def());
        }
        throw errors.apply("Attribute '" + path + "' has no sub-attributes to filter on in brackets");
    }

    /** A sub-attribute named inside the brackets of a value path on {@code element}. */
    UserTarget.Value member(UserTarget.Element element, AttributePath inner) {
        if (element.def() == null) {
            return new UserTarget.Value(element.attr(), lower(inner.attribute()), null, false);
        }
        AttributeDef sub = element.def().subAttribute(inner.attribute()).orElseThrow(() ->
                errors.apply("Unknown attribute '" + element.def().name() + "." + inner.attribute() + "'"));
        return new UserTarget.Value(element.attr(), lower(sub.name()), sub, false);
    }

    private UserTarget core(AttributePath path) {
        String sub = path.subAttribute();
        switch (lower(path.attribute())) {
            case "id":
                return column(path, UserColumn.ID);
            case "externalid":
                return column(path, UserColumn.EXTERNAL_ID);
            case "username":
                return column(path, UserColumn.USER_NAME);
            case "displayname":
                return column(path, UserColumn.DISPLAY_NAME);
            case "active":
                return column(path, UserColumn.ACTIVE);
            case "meta":
                return meta(path);
            case "schemas":
                if (sub != null) {
                    throw unknown(path);
                }
                return new UserTarget.Schemas();
            case "groups":
                return new UserTarget.Groups();
            case "password":
                throw errors.apply("Attribute 'password' is never returned and cannot be searched or sorted by");
            default:
                AttributeDef def = TYPE.attribute(null, path.attribute()).orElseThrow(() -> unknown(path));
                return schemaAttribute(lower(def.name()), def, path);
        }
    }

    private UserTarget meta(AttributePath path) {
        if (path.subAttribute() == null) {
            return new UserTarget.Whole(CommonAttributes.META, null);
        }
        switch (lower(path.subAttribute())) {
            case "created":
                return new UserTarget.Column(UserColumn.CREATED);
            case "lastmodified":
                return new UserTarget.Column(UserColumn.LAST_MODIFIED);
            case "resourcetype":
                return new UserTarget.Constant(TYPE.name());
            case "location":
            case "version":
                throw errors.apply("Attribute '" + path + "' cannot be searched or sorted by");
            default:
                throw unknown(path);
        }
    }

    private UserTarget column(AttributePath path, UserColumn column) {
        if (path.subAttribute() != null) {
            throw unknown(path);
        }
        return new UserTarget.Column(column);
    }

    private UserTarget schemaAttribute(String attr, AttributeDef def, AttributePath path) {
        if (!def.isComplex()) {
            if (path.subAttribute() != null) {
                throw unknown(path);
            }
            return new UserTarget.Value(attr, "", def, false);
        }
        if (path.subAttribute() != null) {
            AttributeDef sub = def.subAttribute(path.subAttribute()).orElseThrow(() -> unknown(path));
            return new UserTarget.Value(attr, lower(sub.name()), sub, false);
        }
        return def.defaultSubAttribute()
                .<UserTarget>map(value -> new UserTarget.Value(attr, "value", value, true))
                .orElseGet(() -> new UserTarget.Whole(def, attr));
    }

    private ScimException unknown(AttributePath path) {
        return errors.apply("Unknown attribute '" + path + "'");
    }

    private static String customKey(String urn, String attribute) {
        return lower(urn) + ":" + lower(attribute);
    }

    private static String lower(String text) {
        return text.toLowerCase(Locale.ROOT);
    }
}
