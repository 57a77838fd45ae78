package org.scimspace.scim.schema;

import static org.scimspace.scim.schema.Attributes.multiComplex;
import static org.scimspace.scim.schema.Attributes.reference;
import static org.scimspace.scim.schema.Attributes.string;

import java.util.List;

/**
 * The core Group schema (RFC 7643 §4.2). displayName is required here: Entra matches groups
 * by it and it is unique per account.
 */
public final class GroupSchemas {

    public static final String CORE_URN = "urn:ietf:params:scim:schemas:core:2.0:Group";

    public static final SchemaDef CORE = new SchemaDef(
            CORE_URN,
            "Group",
            "Group",
            List.of(
                    string("displayName", "A human-readable name for the Group.")
                            .asRequired()
                            .withUniqueness(Uniqueness.SERVER),
                    multiComplex(
                            "members",
                            "A list of members of the Group.",
                            string("value", "Identifier of the member of this Group.")
                                    .asCaseExact()
                                    .withMutability(Mutability.IMMUTABLE),
                            reference("$ref", "The URI of the corresponding member resource.", "User", "Group")
                                    .withMutability(Mutability.IMMUTABLE),
                            string("display", "The displayName of the member.").withMutability(Mutability.READ_ONLY),
                            string("type", "The type of the member.")
                                    .withCanonicalValues("User", "Group")
                                    .asCaseExact()
                                    .withMutability(Mutability.IMMUTABLE))));

    private GroupSchemas() {}
}
