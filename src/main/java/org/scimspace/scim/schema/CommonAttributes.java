package org.scimspace.scim.schema;

import static org.scimspace.scim.schema.Attributes.complex;
import static org.scimspace.scim.schema.Attributes.dateTime;
import static org.scimspace.scim.schema.Attributes.reference;
import static org.scimspace.scim.schema.Attributes.string;

import java.util.List;

/** The attributes every resource carries outside its schemas (RFC 7643 §3.1). */
public final class CommonAttributes {

    public static final AttributeDef ID = string(
                    "id", "Unique identifier of the resource, assigned by the service provider.")
            .asCaseExact()
            .withMutability(Mutability.READ_ONLY)
            .withReturned(Returned.ALWAYS)
            .withUniqueness(Uniqueness.SERVER);

    public static final AttributeDef EXTERNAL_ID = string(
                    "externalId", "Identifier of the resource as defined by the provisioning client.")
            .asCaseExact();

    public static final AttributeDef META = complex(
                    "meta",
                    "Resource metadata.",
                    string("resourceType", "The name of the resource type.").asCaseExact(),
                    dateTime("created", "When the resource was added to the service provider."),
                    dateTime("lastModified", "When the resource was last changed."),
                    reference("location", "The URI of the resource.", "uri"),
                    string("version", "The version (weak ETag) of the resource.")
                            .asCaseExact())
            .withMutability(Mutability.READ_ONLY);

    public static final List<AttributeDef> ALL = List.of(ID, EXTERNAL_ID, META);

    private CommonAttributes() {}
}
