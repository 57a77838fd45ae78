package org.scimspace.scim.schema;

/**
 * Where a client-supplied attribute name lands in the canonical tree. Reading a resource and
 * applying a PATCH both resolve names to one of these, so a name means the same in both.
 */
public sealed interface AttributeLocation {

    /**
     * An attribute the schema defines.
     *
     * @param container {@code null} for a core or common attribute, else the extension schema id
     *                  under which its map lives
     * @param attribute the definition
     */
    record Defined(String container, AttributeDef attribute) implements AttributeLocation {}

    /**
     * A whole known schema named by its URN; its value is an object of that schema's attributes.
     *
     * @param container {@code null} for the core schema, else the extension schema id
     * @param schema    the schema
     */
    record WholeSchema(String container, SchemaDef schema) implements AttributeLocation {}

    /**
     * An attribute of a custom extension the schema does not describe, kept as sent.
     *
     * @param extensionUrn the extension URN as the client spelled it
     * @param name         the attribute name as the client spelled it
     */
    record Custom(String extensionUrn, String name) implements AttributeLocation {}

    /**
     * A whole custom extension named by its URN; its value is an object of raw attributes.
     *
     * @param extensionUrn the extension URN as the client spelled it
     */
    record WholeCustom(String extensionUrn) implements AttributeLocation {}
}
