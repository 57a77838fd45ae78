package org.scimspace.console;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;

import org.scimspace.common.ServiceException;
import org.scimspace.workspace.boundary.ProfileFields;
import org.scimspace.workspace.control.FieldDefinition;
import org.scimspace.workspace.control.ProfileFieldView;
import org.scimspace.workspace.entity.FieldType;

/**
 * Workspace Manager → Settings → Profile fields: the workspace's custom fields, which its
 * remote source's file fills per member. A main user or the workspace's admin edits the list
 * (see {@link ProfileFieldForm}) and saves it whole; the service keeps a field's values while
 * its name and type stay.
 */
@Named
@RequestScoped
public class WorkspaceProfileFieldsPage extends WorkspaceManagerPage {

    /** The hidden input that tells a submitted form how many saved fields it showed. */
    static final String FIELD_COUNT = "fieldCount";

    @Inject
    ProfileFields profileFields;

    private ProfileFieldForm form;

    public void save() {
        if (isMissing()) {
            return;
        }
        try {
            List<FieldDefinition> definitions = getForm().definitions();
            List<ProfileFieldView> saved = profileFields.replace(tenant.id(), getId(), definitions);
            form = ProfileFieldForm.of(saved);
            Messages.done(
                    faces,
                    saved.isEmpty()
                            ? "Profile fields saved: none."
                            : "Profile fields saved: " + saved.size() + (saved.size() == 1 ? " field." : " fields."));
        } catch (ServiceException e) {
            refused("profileFields", e);
        }
    }

    /** The rows: as submitted on the form's own postback, else as saved. */
    public ProfileFieldForm getForm() {
        if (form == null) {
            String submitted =
                    faces.getExternalContext().getRequestParameterMap().get(FIELD_COUNT);
            if (faces.isPostback() && submitted != null) {
                form = ProfileFieldForm.submitted(submitted);
            } else {
                form = ProfileFieldForm.of(isMissing() ? List.of() : profileFields.list(tenant.id(), getId()));
            }
        }
        return form;
    }

    public List<ProfileFieldForm.Row> getRows() {
        return getForm().rows();
    }

    public int getFieldCount() {
        return getForm().fieldCount();
    }

    public String getTextType() {
        return FieldType.TEXT.wireName();
    }

    public String getChoiceType() {
        return FieldType.CHOICE.wireName();
    }
}
