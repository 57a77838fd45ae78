package org.scimspace.scim.boundary;

/** The SCIM media type (RFC 7644 §8.1), which every response carries. */
public final class ScimMediaType {

    public static final String SCIM_JSON = "application/scim+json";

    private ScimMediaType() {}
}
