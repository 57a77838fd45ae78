package org.scimspace.workspace.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.scimspace.common.Json;
import org.scimspace.common.ServiceException;
import org.scimspace.remotesource.csv.ParticipantCsv;
import org.scimspace.workspace.entity.FieldType;

/** The checks of a workspace's profile fields as the management API receives them. */
class ProfileFieldDefinitionsTest {

    @Test
    void readsTextAndChoiceFieldsStrippingSpaces() {
        assertEquals(
                List.of(
                        new FieldDefinition("Company", FieldType.TEXT, List.of()),
                        new FieldDefinition("Interests", FieldType.CHOICE, List.of("Music", "Poetry"))),
                parse(
                        """
                        {"profileFields":[{"name":" Company ","type":"text","allowedValues":[]},
                          {"name":"Interests","type":"choice","allowedValues":[" Music","Poetry "]}]}"""));
        assertEquals(List.of(), parse("{\"profileFields\":[]}"));
    }

    @Test
    void refusesEachProblemNamingTheFieldAtFault() {
        assertRefused("profileFields", "{}");
        assertRefused("profileFields[0]", "{\"profileFields\":[\"Company\"]}");
        assertRefused("profileFields[0].name", "{\"profileFields\":[{\"type\":\"text\"}]}");
        assertRefused("profileFields[0].name", "{\"profileFields\":[{\"name\":\"a\\nb\",\"type\":\"text\"}]}");
        assertRefused(
                "profileFields[0].name",
                "{\"profileFields\":[{\"name\":\"" + "x".repeat(101) + "\",\"type\":\"text\"}]}");
        assertRefused("profileFields[0].name", "{\"profileFields\":[{\"name\":\" FIRST NAME \",\"type\":\"text\"}]}");
        assertRefused(
                "profileFields[1].name",
                "{\"profileFields\":[{\"name\":\"Company\",\"type\":\"text\"},{\"name\":\"company \",\"type\":\"text\"}]}");
        assertRefused("profileFields[0].type", "{\"profileFields\":[{\"name\":\"Company\",\"type\":\"number\"}]}");
        assertRefused(
                "profileFields[0].allowedValues",
                "{\"profileFields\":[{\"name\":\"Company\",\"type\":\"text\",\"allowedValues\":[\"A\"]}]}");
        assertRefused("profileFields[0].allowedValues", "{\"profileFields\":[{\"name\":\"I\",\"type\":\"choice\"}]}");
        assertRefused(
                "profileFields[0].allowedValues",
                "{\"profileFields\":[{\"name\":\"I\",\"type\":\"choice\",\"allowedValues\":[\"Music\",\"music\"]}]}");
        assertRefused(
                "profileFields[0].allowedValues",
                "{\"profileFields\":[{\"name\":\"I\",\"type\":\"choice\",\"allowedValues\":[\"a\\nb\"]}]}");
        String many = "{\"profileFields\":["
                + java.util.stream.IntStream.range(0, 51)
                        .mapToObj(i -> "{\"name\":\"F" + i + "\",\"type\":\"text\"}")
                        .collect(Collectors.joining(","))
                + "]}";
        assertRefused("profileFields", many);
    }

    /** A field may not take a name the reader gives to a required column. */
    @Test
    void theReservedNamesAreTheRequiredColumnsOfAFile() {
        assertEquals(
                ParticipantCsv.REQUIRED_COLUMNS.stream()
                        .map(name -> name.toLowerCase(Locale.ROOT))
                        .collect(Collectors.toSet()),
                Set.copyOf(ProfileFieldDefinitions.RESERVED));
    }

    private static List<FieldDefinition> parse(String json) {
        return ProfileFieldDefinitions.parse(object(json));
    }

    private static void assertRefused(String field, String json) {
        ServiceException refused = assertThrows(ServiceException.class, () -> parse(json), json);
        assertEquals(ServiceException.Kind.INVALID, refused.kind());
        assertEquals(field, refused.field(), refused.getMessage());
    }

    private static Map<String, Object> object(String json) {
        return Json.parseObject(json).orElseThrow();
    }
}
