package org.scimspace.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.scimspace.common.ServiceException;
import org.scimspace.workspace.control.FieldDefinition;
import org.scimspace.workspace.control.ProfileFieldDefinitions;
import org.scimspace.workspace.control.ProfileFieldView;
import org.scimspace.workspace.entity.FieldType;

/** The rows of the Profile fields form: what they save, and which input a refusal lands beside. */
class ProfileFieldFormTest {

    private static final List<ProfileFieldView> SAVED = List.of(
            new ProfileFieldView("f1", "Company", FieldType.TEXT, List.of()),
            new ProfileFieldView("f2", "Interests", FieldType.CHOICE, List.of("Music", "Poetry")));

    @Test
    void showsTheSavedFieldsThenAnEmptyRowToAddOne() {
        ProfileFieldForm form = ProfileFieldForm.of(SAVED);

        assertEquals(2, form.fieldCount());
        assertEquals(3, form.rows().size());
        ProfileFieldForm.Row interests = form.rows().get(1);
        assertEquals("Interests", interests.getName());
        assertEquals("choice", interests.getType());
        assertEquals("Music\nPoetry", interests.getAllowedValues());
        assertEquals(2, interests.getNumber());
        assertFalse(interests.isAdded());
        ProfileFieldForm.Row added = form.rows().get(2);
        assertTrue(added.isAdded());
        assertEquals("text", added.getType());
        assertEquals(List.of(), ProfileFieldForm.of(List.of()).definitions(), "the empty row alone saves nothing");
    }

    @Test
    void savesTheFieldsAsShownLeavingOutRemovedOnesAndAnUntouchedEmptyRow() {
        ProfileFieldForm form = ProfileFieldForm.of(SAVED);
        form.rows().get(0).setRemove(true);
        form.rows().get(1).setAllowedValues("Music\r\n\n  Chess  \n");

        assertEquals(
                List.of(new FieldDefinition("Interests", FieldType.CHOICE, List.of("Music", "Chess"))),
                form.definitions());
    }

    @Test
    void theEmptyRowAddsAFieldAndTextIgnoresTheHiddenAllowedValues() {
        ProfileFieldForm form = ProfileFieldForm.of(SAVED);
        form.rows().get(1).setType("text");
        ProfileFieldForm.Row added = form.rows().get(2);
        added.setName(" Department ");
        added.setType("choice");
        added.setAllowedValues("Sales\nLegal");

        assertEquals(
                List.of(
                        new FieldDefinition("Company", FieldType.TEXT, List.of()),
                        new FieldDefinition("Interests", FieldType.TEXT, List.of()),
                        new FieldDefinition("Department", FieldType.CHOICE, List.of("Sales", "Legal"))),
                form.definitions());
    }

    @Test
    void aRefusalNamesTheRowsInputEvenWhenRowsBeforeItAreRemoved() {
        ProfileFieldForm form = ProfileFieldForm.of(SAVED);
        form.rows().get(0).setRemove(true);
        form.rows().get(1).setAllowedValues("Music\nmusic");
        assertRefusedAt("fields:1:allowedValues", form);

        form.rows().get(1).setAllowedValues("");
        assertRefusedAt("fields:1:allowedValues", form);

        form.rows().get(1).setAllowedValues("Music");
        form.rows().get(2).setName("interests");
        assertRefusedAt("fields:2:name", form);

        form.rows().get(2).setName("Email");
        assertRefusedAt("fields:2:name", form);
    }

    @Test
    void aClearedNameIsRefusedNotTakenForARemoval() {
        ProfileFieldForm form = ProfileFieldForm.of(SAVED);
        form.rows().get(0).setName("  ");

        assertRefusedAt("fields:0:name", form);
    }

    @Test
    void aChoiceInTheEmptyRowWithValuesButNoNameIsRefused() {
        ProfileFieldForm form = ProfileFieldForm.of(List.of());
        form.rows().get(0).setType("choice");
        form.rows().get(0).setAllowedValues("Yes\nNo");

        assertRefusedAt("fields:0:name", form);
    }

    @Test
    void aSubmittedFormHasTheRowsItShowedAndAForgedCountIsBounded() {
        ProfileFieldForm submitted = ProfileFieldForm.submitted("2");
        assertEquals(2, submitted.fieldCount());
        assertFalse(submitted.rows().get(1).isAdded());
        assertTrue(submitted.rows().get(2).isAdded());

        assertEquals(
                ProfileFieldDefinitions.MAX_FIELDS,
                ProfileFieldForm.submitted("100000").fieldCount());
        assertEquals(0, ProfileFieldForm.submitted("-3").fieldCount());
        assertEquals(0, ProfileFieldForm.submitted("two").fieldCount());
    }

    @Test
    void tooManyFieldsIsRefusedBesideTheSaveButton() {
        ProfileFieldForm form = ProfileFieldForm.submitted(Integer.toString(ProfileFieldDefinitions.MAX_FIELDS));
        for (int i = 0; i < form.rows().size(); i++) {
            form.rows().get(i).setName("Field " + i);
        }

        assertRefusedAt("save", form);
    }

    private static void assertRefusedAt(String input, ProfileFieldForm form) {
        ServiceException refused = assertThrows(ServiceException.class, form::definitions);
        assertEquals(input, refused.field(), refused.getMessage());
        assertEquals(ServiceException.Kind.INVALID, refused.kind());
    }
}
