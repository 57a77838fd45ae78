package org.scimspace.console;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

import org.scimspace.account.boundary.ConsoleUsers;
import org.scimspace.account.control.AuthenticationLog;

/** The login form: checks the credentials through Jakarta Security, says why it refuses. */
@Named
@RequestScoped
public class LoginPage {

    @Inject
    SecurityContext security;

    @Inject
    ConsoleUsers users;

    @Inject
    FacesContext faces;

    private String login;
    private String password;

    public String getLogin() {
        return login;
    }

    public void setLogin(String login) {
        this.login = login;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public void submit() throws IOException {
        ExternalContext external = faces.getExternalContext();
        AuthenticationStatus status = security.authenticate(
                (HttpServletRequest) external.getRequest(),
                (HttpServletResponse) external.getResponse(),
                AuthenticationParameters.withParams()
                        .newAuthentication(true)
                        .credential(new UsernamePasswordCredential(login, password)));
        password = null;
        switch (status) {
            case SEND_CONTINUE -> faces.responseComplete();
            case SUCCESS -> {
                faces.responseComplete();
                external.redirect(external.getRequestContextPath() + "/console/index.xhtml");
            }
            default -> refused();
        }
    }

    private void refused() {
        boolean locked = users.isLocked(login);
        AuthenticationLog.refusedConsoleLogin(login, locked);
        faces.addMessage(
                "login:password",
                new FacesMessage(
                        FacesMessage.SEVERITY_ERROR,
                        locked
                                ? "Too many failed logins: this login is locked for " + ConsoleUsers.LOCKOUT.toMinutes()
                                        + " minutes."
                                : "Unknown login or wrong password.",
                        null));
    }
}
