package org.scimspace.scim.testing;

import static org.scimspace.scim.schema.Attributes.multiComplex;
import static org.scimspace.scim.schema.Attributes.reference;
import static org.scimspace.scim.schema.Attributes.string;

import java.util.List;

import org.scimspace.scim.schema.Mutability;
import org.scimspace.scim.schema.ResourceTypeDef;
import org.scimspace.scim.schema.SchemaDef;

/** A Group resource type as RFC 7643 §4.2 defines it, to show the engines are not User-bound. */
public final class TestGroups {

    public static final SchemaDef CORE = new SchemaDef(
            "urn:ietf:params:scim:schemas:core:2.0:Group",
            "Group",
            "Group",
            List.of(
                    string("displayName", "A human-readable name for the Group.")
                            .asRequired(),
                    multiComplex(
                            "members",
                            "A list of members of the Group.",
                            string("value", "Identifier of the member.")
                                    .asCaseExact()
                                    .withMutability(Mutability.IMMUTABLE),
                            reference("$ref", "The URI of the member.", "User", "Group")
                                    .withMutability(Mutability.IMMUTABLE),
                            string("display", "A human-readable name of the member.")
                                    .withMutability(Mutability.READ_ONLY),
                            string("type", "User or Group.")
                                    .withCanonicalValues("User", "Group")
                                    .withMutability(Mutability.IMMUTABLE))));

    public static final ResourceTypeDef TYPE =
            new ResourceTypeDef("Group", "Group", "/Groups", "Group", CORE, List.of());

    private TestGroups() {}
}
