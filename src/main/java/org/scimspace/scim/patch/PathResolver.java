package org.scimspace.scim.patch;

import org.scimspace.scim.ScimException;
import org.scimspace.scim.filter.AttributePath;
import org.scimspace.scim.filter.Filter;
import org.scimspace.scim.filter.ScimPath;
import org.scimspace.scim.schema.AttributeDef;
import org.scimspace.scim.schema.AttributeLocation;
import org.scimspace.scim.schema.AttributeLocator;
import org.scimspace.scim.schema.Mutability;

/**
 * Resolves a parsed PATCH path against the schema and refuses what a client may not
 * target: unknown names (invalidPath) and readOnly attributes (mutability).
 */
final class PathResolver {

    private final AttributeLocator locator;

    PathResolver(AttributeLocator locator) {
        this.locator = locator;
    }

    PatchTarget resolve(ScimPath path) {
        AttributePath attributePath = path.attribute();
        if (attributePath == null) {
            throw ScimException.invalidPath("The PATCH path names no attribute");
        }
        AttributeLocation location = locator.locate(attributePath.urn(), attributePath.attribute())
                .orElseThrow(() -> ScimException.invalidPath("Unknown attribute '" + attributePath + "'"));
        String subName = subName(path);
        Filter filter = path.valueFilter();
        if (!(location instanceof AttributeLocation.Defined defined)) {
            if (subName != null || filter != null) {
                throw ScimException.invalidPath("'" + attributePath + "' takes no sub-attribute or value filter");
            }
            return new PatchTarget(location, null, null);
        }
        AttributeDef attribute = defined.attribute();
        requireWritable(attribute, attribute.name());
        AttributeDef sub = subName == null ? null : subAttribute(attribute, subName);
        if (filter != null) {
            if (!attribute.multiValued() || !attribute.isComplex()) {
                throw ScimException.invalidPath("Attribute '" + attribute.name()
                        + "' is not multi-valued and complex, so it takes no value filter");
            }
            ValueFilterMatcher.validate(filter, attribute);
        }
        return new PatchTarget(location, filter, sub);
    }

    /**
     * Resolves a name inside the object given for a whole schema, as if it were qualified
     * with that schema's URN.
     */
    PatchTarget resolveIn(AttributeLocation.WholeSchema schema, ScimPath path) {
        AttributePath inner = path.attribute();
        if (inner == null || inner.urn() != null) {
            return resolve(path);
        }
        AttributePath qualified = new AttributePath(schema.schema().id(), inner.attribute(), inner.subAttribute());
        return resolve(new ScimPath(qualified, path.valueFilter(), path.subAttribute()));
    }

    private static String subName(ScimPath path) {
        String beforeFilter = path.attribute().subAttribute();
        if (beforeFilter != null && (path.subAttribute() != null || path.valueFilter() != null)) {
            throw ScimException.invalidPath("Invalid PATCH path '" + path.attribute() + "'");
        }
        return beforeFilter != null ? beforeFilter : path.subAttribute();
    }

    private static AttributeDef subAttribute(AttributeDef attribute, String subName) {
        if (!attribute.isComplex()) {
            throw ScimException.invalidPath("Attribute '" + attribute.name() + "' has no sub-attributes");
        }
        AttributeDef sub = attribute
                .subAttribute(subName)
                .orElseThrow(() ->
                        ScimException.invalidPath("Unknown sub-attribute '" + attribute.name() + "." + subName + "'"));
        requireWritable(sub, attribute.name() + "." + sub.name());
        return sub;
    }

    private static void requireWritable(AttributeDef attribute, String label) {
        if (attribute.mutability() == Mutability.READ_ONLY) {
            throw ScimException.mutability("Attribute '" + label + "' is readOnly");
        }
    }
}
