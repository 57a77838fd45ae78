package org.scimspace.scim.schema;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.scimspace.scim.schema.ProjectionTest.RequestOnlySchema;

/** The question asked before loading: will this top-level attribute be returned at all? */
class AttributeSelectionTest {

    private static final ResourceTypeDef USER = ResourceTypeDef.USER;

    @Test
    void anExcludedAttributeIsNotIncluded() {
        AttributeSelection selection = AttributeSelection.of(USER, List.of(), List.of("emails"));

        assertFalse(selection.includes("emails"));
        assertFalse(selection.includes("EMAILS"));
        assertTrue(selection.includes("userName"));
    }

    @Test
    void exclusionWinsOverAttributesNamingTheSameAttribute() {
        AttributeSelection selection =
                AttributeSelection.of(RequestOnlySchema.TYPE, List.of("members"), List.of("members"));

        assertFalse(selection.includes("members"));
    }

    @Test
    void everyDefaultAttributeIsIncludedWithoutParameters() {
        AttributeSelection selection = AttributeSelection.defaults(USER);

        assertTrue(selection.includes("emails"));
        assertTrue(selection.includes("meta"));
        assertTrue(selection.includes(UserSchemas.ENTERPRISE_URN));
        assertTrue(selection.includes("urn:ietf:params:scim:schemas:extension:acme:2.0:User"));
        assertFalse(selection.includes("password"));
    }

    @Test
    void attributesLimitWhatIsIncluded() {
        AttributeSelection selection = AttributeSelection.of(USER, List.of("userName,emails.value"), List.of());

        assertTrue(selection.includes("userName"));
        assertTrue(selection.includes("emails"));
        assertTrue(selection.includes("id"));
        assertTrue(selection.includes("schemas"));
        assertFalse(selection.includes("groups"));
        assertFalse(selection.includes(UserSchemas.ENTERPRISE_URN));
    }

    @Test
    void anExtensionIsIncludedWhenOneOfItsAttributesIsNamed() {
        AttributeSelection selection =
                AttributeSelection.of(USER, List.of(UserSchemas.ENTERPRISE_URN + ":manager.value"), List.of());

        assertTrue(selection.includes(UserSchemas.ENTERPRISE_URN));
        assertTrue(selection.includes(UserSchemas.ENTERPRISE_URN.toLowerCase()));
    }

    @Test
    void excludingASubAttributeStillIncludesItsParent() {
        AttributeSelection selection = AttributeSelection.of(USER, List.of(), List.of("emails.type"));

        assertTrue(selection.includes("emails"));
    }

    @Test
    void requestOnlyAttributesAreIncludedOnlyWhenNamed() {
        assertFalse(AttributeSelection.defaults(RequestOnlySchema.TYPE).includes("members"));
        assertTrue(AttributeSelection.of(RequestOnlySchema.TYPE, List.of("members.value"), List.of())
                .includes("members"));
    }

    @Test
    void idIsIncludedEvenWhenExcluded() {
        assertTrue(AttributeSelection.of(USER, List.of(), List.of("id")).includes("id"));
    }
}
