package org.scimspace.console;

import jakarta.faces.context.FacesContext;

import java.util.Map;

/**
 * Request parameters a request-scoped page bean needs on every request, including postbacks
 * and Ajax requests: read from the request (the link, or a hidden input of the form) and
 * else from the view's state, where the first request left them.
 */
final class PageParams {

    private PageParams() {}

    static String sticky(FacesContext faces, String name) {
        String value = faces.getExternalContext().getRequestParameterMap().get(name);
        Map<String, Object> viewMap =
                faces.getViewRoot() == null ? null : faces.getViewRoot().getViewMap();
        if (value == null && viewMap != null) {
            value = (String) viewMap.get(PageParams.class.getName() + "." + name);
        } else if (value != null && viewMap != null) {
            viewMap.put(PageParams.class.getName() + "." + name, value);
        }
        return value;
    }

    /** A page number from a parameter: 1 unless it is a positive number. */
    static int pageNumber(String value) {
        try {
            return value == null ? 1 : Math.max(1, Integer.parseInt(value.trim()));
        } catch (NumberFormatException e) {
            return 1;
        }
    }
}
