package org.scimspace.scim.filter;

import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

import org.scimspace.scim.ScimException;
import org.scimspace.scim.schema.CommonAttributes;

/**
 * The common attributes of RFC 7643 §3.1 ({@code id}, {@code externalId}, {@code meta}) as
 * every resource type stores them: columns of its row, and a resource type that is the same
 * for all of its resources. Resolved here once, so that users and groups accept and reject
 * the same paths with the same errors.
 *
 * @param resourceType the value of {@code meta.resourceType}
 */
record CommonTargets(
        ResourceColumn id,
        ResourceColumn externalId,
        ResourceColumn created,
        ResourceColumn lastModified,
        String resourceType) {

    /** The target of a common attribute path (without URN), or empty for any other attribute. */
    Optional<Target> resolve(AttributePath path, Function<String, ScimException> errors) {
        switch (lower(path.attribute())) {
            case "id":
                return Optional.of(column(path, id, errors));
            case "externalid":
                return Optional.of(column(path, externalId, errors));
            case "meta":
                return Optional.of(meta(path, errors));
            default:
                return Optional.empty();
        }
    }

    /** A column attribute, which has no sub-attributes. */
    static Target column(AttributePath path, ResourceColumn column, Function<String, ScimException> errors) {
        if (path.subAttribute() != null) {
            throw unknown(path, errors);
        }
        return new Target.Column(column);
    }

    static ScimException unknown(AttributePath path, Function<String, ScimException> errors) {
        return errors.apply("Unknown attribute '" + path + "'");
    }

    static String lower(String text) {
        return text.toLowerCase(Locale.ROOT);
    }

    private Target meta(AttributePath path, Function<String, ScimException> errors) {
        if (path.subAttribute() == null) {
            return new Target.Whole(CommonAttributes.META, null);
        }
        switch (lower(path.subAttribute())) {
            case "created":
                return new Target.Column(created);
            case "lastmodified":
                return new Target.Column(lastModified);
            case "resourcetype":
                return new Target.Constant(resourceType);
            case "location":
            case "version":
                throw errors.apply("Attribute '" + path + "' cannot be searched or sorted by");
            default:
                throw unknown(path, errors);
        }
    }
}
