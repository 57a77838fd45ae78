package org.scimspace.scim.schema;

import static org.scimspace.scim.schema.Attributes.binary;
import static org.scimspace.scim.schema.Attributes.bool;
import static org.scimspace.scim.schema.Attributes.complex;
import static org.scimspace.scim.schema.Attributes.multiComplex;
import static org.scimspace.scim.schema.Attributes.multiValued;
import static org.scimspace.scim.schema.Attributes.reference;
import static org.scimspace.scim.schema.Attributes.string;

import java.util.List;

/** The core User schema (RFC 7643 §4.1) and the Enterprise User extension (§4.3). */
public final class UserSchemas {

    public static final String CORE_URN = "urn:ietf:params:scim:schemas:core:2.0:User";
    public static final String ENTERPRISE_URN = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";

    public static final SchemaDef CORE = new SchemaDef(
            CORE_URN,
            "User",
            "User Account",
            List.of(
                    string("userName", "Unique identifier for the User, typically used to authenticate.")
                            .asRequired()
                            .withUniqueness(Uniqueness.SERVER),
                    complex(
                            "name",
                            "The components of the user's real name.",
                            string("formatted", "The full name, formatted for display."),
                            string("familyName", "The family name of the User."),
                            string("givenName", "The given name of the User."),
                            string("middleName", "The middle name(s) of the User."),
                            string("honorificPrefix", "The honorific prefix(es) of the User."),
                            string("honorificSuffix", "The honorific suffix(es) of the User.")),
                    string("displayName", "The name of the User, suitable for display to end-users."),
                    string("nickName", "The casual way to address the user."),
                    reference(
                            "profileUrl",
                            "A fully qualified URL pointing to a page representing the User's online profile.",
                            "external"),
                    string("title", "The user's title, such as \"Vice President\"."),
                    string("userType", "Identifies the relationship between the organization and the user."),
                    string("preferredLanguage", "The User's preferred written or spoken language (RFC 7231)."),
                    string("locale", "The User's default location for localization (language-country)."),
                    string("timezone", "The User's time zone in the IANA Time Zone database format."),
                    bool("active", "The User's administrative status."),
                    string("password", "The User's cleartext password, never returned.")
                            .withMutability(Mutability.WRITE_ONLY)
                            .withReturned(Returned.NEVER),
                    multiValued(
                            "emails",
                            "Email addresses for the user.",
                            string("value", "Email address for the user."),
                            "work",
                            "home",
                            "other"),
                    multiValued(
                            "phoneNumbers",
                            "Phone numbers for the User.",
                            string("value", "Phone number of the User."),
                            "work",
                            "home",
                            "mobile",
                            "fax",
                            "pager",
                            "other"),
                    multiValued(
                            "ims",
                            "Instant messaging addresses for the User.",
                            string("value", "Instant messaging address for the User."),
                            "aim",
                            "gtalk",
                            "icq",
                            "xmpp",
                            "msn",
                            "skype",
                            "qq",
                            "yahoo"),
                    multiValued(
                            "photos",
                            "URLs of photos of the User.",
                            reference("value", "URL of a photo of the User.", "external"),
                            "photo",
                            "thumbnail"),
                    multiComplex(
                            "addresses",
                            "A physical mailing address for this User.",
                            string("formatted", "The full mailing address, formatted for display."),
                            string("streetAddress", "The full street address component."),
                            string("locality", "The city or locality component."),
                            string("region", "The state or region component."),
                            string("postalCode", "The zip code or postal code component."),
                            string("country", "The country name component (ISO 3166-1 alpha-2)."),
                            string("type", "A label indicating the attribute's function.")
                                    .withCanonicalValues("work", "home", "other"),
                            bool("primary", "Whether this address is the preferred one.")),
                    multiComplex(
                                    "groups",
                                    "The groups the user belongs to, directly or indirectly.",
                                    string("value", "The identifier of the User's group.")
                                            .withMutability(Mutability.READ_ONLY),
                                    reference("$ref", "The URI of the corresponding Group resource.", "User", "Group")
                                            .withMutability(Mutability.READ_ONLY),
                                    string("display", "A human-readable name of the group.")
                                            .withMutability(Mutability.READ_ONLY),
                                    string("type", "How the membership was derived.")
                                            .withCanonicalValues("direct", "indirect")
                                            .withMutability(Mutability.READ_ONLY))
                            .withMutability(Mutability.READ_ONLY),
                    multiValued(
                            "entitlements",
                            "A list of entitlements for the User.",
                            string("value", "The value of an entitlement.")),
                    multiValued("roles", "A list of roles for the User.", string("value", "The value of a role.")),
                    multiValued(
                            "x509Certificates",
                            "A list of certificates issued to the User.",
                            binary("value", "The value of an X.509 certificate (DER, base64)."))));

    public static final SchemaDef ENTERPRISE = new SchemaDef(
            ENTERPRISE_URN,
            "EnterpriseUser",
            "Enterprise User",
            List.of(
                    string("employeeNumber", "Numeric or alphanumeric identifier assigned to a person."),
                    string("costCenter", "Identifies the name of a cost center."),
                    string("organization", "Identifies the name of an organization."),
                    string("division", "Identifies the name of a division."),
                    string("department", "Identifies the name of a department."),
                    complex(
                            "manager",
                            "The User's manager.",
                            string("value", "The id of the SCIM resource representing the User's manager.")
                                    .asCaseExact(),
                            reference("$ref", "The URI of the SCIM resource representing the User's manager.", "User"),
                            string("displayName", "The displayName of the User's manager.")
                                    .withMutability(Mutability.READ_ONLY))));

    private UserSchemas() {}
}
