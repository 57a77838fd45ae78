package org.scimspace.console;

import jakarta.faces.context.FacesContext;

/** The query parameters of a console page's GET request (searches, filters, paging). */
final class RequestParameters {

    private RequestParameters() {}

    /** The trimmed value, at most {@code maxLength} characters, or null when absent or blank. */
    static String text(FacesContext faces, String name, int maxLength) {
        String value = faces.getExternalContext().getRequestParameterMap().get(name);
        if (value == null || value.isBlank()) {
            return null;
        }
        String trimmed = value.strip();
        return trimmed.length() > maxLength ? trimmed.substring(0, maxLength) : trimmed;
    }
}
