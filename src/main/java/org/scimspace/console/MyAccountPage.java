package org.scimspace.console;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.HttpServletRequest;

import org.scimspace.account.boundary.ConsoleUsers;
import org.scimspace.account.control.PasswordChange;
import org.scimspace.common.ServiceException;

/**
 * My account (linked from the header, for every console login): who one is logged in as, and
 * changing one's own password. A wrong current password counts like a failed login (see
 * {@link ConsoleUsers#changeOwnPassword}); a changed password gets the session a new id, so an
 * id seen before the change no longer opens it.
 */
@Named
@RequestScoped
public class MyAccountPage {

    static final String WRONG_PASSWORD = "The current password is not correct.";
    static final String LOCKED = "Too many wrong passwords: this login is locked for "
            + ConsoleUsers.LOCKOUT.toMinutes() + " minutes. Nothing was changed.";

    @Inject
    ConsoleUsers users;

    @Inject
    SecurityContext security;

    @Inject
    FacesContext faces;

    private String currentPassword;
    private String newPassword;
    private String repeatPassword;

    public void changePassword() {
        try {
            if (newPassword != null && !newPassword.equals(repeatPassword)) {
                throw ServiceException.invalid("repeatPassword", "The two new passwords differ.");
            }
            PasswordChange outcome = users.changeOwnPassword(login(), currentPassword, newPassword);
            switch (outcome) {
                case CHANGED -> {
                    ((HttpServletRequest) faces.getExternalContext().getRequest()).changeSessionId();
                    Messages.done(faces, "Your password is changed.");
                }
                case WRONG_PASSWORD -> currentPasswordRefused(WRONG_PASSWORD);
                case LOCKED -> currentPasswordRefused(LOCKED);
            }
        } catch (ServiceException e) {
            Messages.refused(faces, "password", e);
        } finally {
            currentPassword = null;
            newPassword = null;
            repeatPassword = null;
        }
    }

    public String getLogin() {
        return login();
    }

    public int getMinPasswordLength() {
        return ConsoleUsers.MIN_PASSWORD_LENGTH;
    }

    public int getLockoutAfter() {
        return ConsoleUsers.LOCKOUT_AFTER;
    }

    public long getLockoutMinutes() {
        return ConsoleUsers.LOCKOUT.toMinutes();
    }

    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }

    public String getRepeatPassword() {
        return repeatPassword;
    }

    public void setRepeatPassword(String repeatPassword) {
        this.repeatPassword = repeatPassword;
    }

    private void currentPasswordRefused(String text) {
        faces.addMessage("password:currentPassword", new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
    }

    private String login() {
        return security.getCallerPrincipal() == null
                ? null
                : security.getCallerPrincipal().getName();
    }
}
