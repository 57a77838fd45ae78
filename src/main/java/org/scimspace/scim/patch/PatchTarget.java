package org.scimspace.scim.patch;

import org.scimspace.scim.filter.Filter;
import org.scimspace.scim.schema.AttributeDef;
import org.scimspace.scim.schema.AttributeLocation;

/**
 * A PATCH path resolved against the schema.
 *
 * @param location     where the attribute lives in the tree
 * @param valueFilter  the filter selecting elements of a multi-valued attribute, or {@code null}
 * @param subAttribute the sub-attribute addressed, or {@code null}
 */
record PatchTarget(AttributeLocation location, Filter valueFilter, AttributeDef subAttribute) {}
