package org.scimspace.console;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;

/**
 * The Account Manager is for main users only. Pages show their content only when {@link
 * #isAllowed()}, and their beans check it again before reading or changing anything, so a
 * forged request of another console user gets the same "not allowed".
 */
@Named
@RequestScoped
public class AccountManagerAccess {

    static final String NOT_ALLOWED = "Not allowed: only a main user of the account may use the Account Manager.";

    @Inject
    SecurityContext security;

    @Inject
    FacesContext faces;

    private boolean refused;

    public boolean isAllowed() {
        return security.isCallerInRole(ConsoleSecurity.MAIN_USER_ROLE);
    }

    /** Whether the caller may act; if not, says so (once) at the top of the page. */
    public boolean check() {
        if (isAllowed()) {
            return true;
        }
        if (!refused) {
            refused = true;
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, NOT_ALLOWED, null));
        }
        return false;
    }

    public String getNotAllowed() {
        return NOT_ALLOWED;
    }
}
