package org.scimspace.scim.filter;

/**
 * A PATCH path (RFC 7644 §3.5.2): {@code attrPath}, or {@code attrPath[valFilter]} with an
 * optional {@code .subAttr} after the bracket, e.g. {@code emails[type eq "work"].value}.
 *
 * @param attribute    the attribute (its subAttribute set only for {@code name.givenName} forms)
 * @param valueFilter  the filter inside brackets, or {@code null}
 * @param subAttribute the sub-attribute after the bracket, or {@code null}
 */
public record ScimPath(AttributePath attribute, Filter valueFilter, String subAttribute) {}
