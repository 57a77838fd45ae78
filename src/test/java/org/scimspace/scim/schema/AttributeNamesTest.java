package org.scimspace.scim.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.scimspace.scim.ScimException;

class AttributeNamesTest {

    @Test
    void splitsOnCommasAndTrimsSpaces() {
        assertEquals(
                List.of("userName", "name.givenName", "emails"),
                AttributeNames.parse(List.of("userName, name.givenName ,emails")));
    }

    @Test
    void joinsRepeatedParameters() {
        assertEquals(
                List.of("userName", "emails", "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:manager"),
                AttributeNames.parse(List.of(
                        "userName", "emails,urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:manager")));
    }

    @Test
    void dropsBlanksAndToleratesAbsence() {
        assertEquals(List.of("userName"), AttributeNames.parse(Arrays.asList("", " , userName,,", null)));
        assertEquals(List.of(), AttributeNames.parse(null));
    }

    @Test
    void refusesMoreNamesThanTheLimit() {
        String many = String.join(",", Collections.nCopies(AttributeNames.MAX_NAMES, "userName"));
        assertEquals(
                AttributeNames.MAX_NAMES, AttributeNames.parse(List.of(many)).size());
        ScimException e = assertThrows(ScimException.class, () -> AttributeNames.parse(List.of(many, "emails")));
        assertEquals("invalidValue", e.scimType());
    }
}
