package org.scimspace.console;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;

import org.scimspace.common.ServiceException;

/** Puts a service's refusal beside the field it names (or at the top of the page). */
public final class Messages {

    private Messages() {}

    /** @param formId the id of the form whose input ids match the services' field names */
    public static void refused(FacesContext faces, String formId, ServiceException e) {
        String clientId = e.field() == null ? null : formId + ":" + e.field();
        faces.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, e.getMessage(), null));
    }

    public static void done(FacesContext faces, String text) {
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, null));
    }
}
