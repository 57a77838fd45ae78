package org.scimspace.console;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;

import java.io.IOException;
import java.util.List;

import org.scimspace.account.boundary.ConsoleUsers;
import org.scimspace.account.control.ConsoleUserView;
import org.scimspace.common.CurrentTenant;
import org.scimspace.common.ServiceException;
import org.scimspace.workspace.boundary.WorkspaceAccess;

/**
 * Account Manager → Main users: who may manage the account, adding and removing them (never
 * the last); a main user who removes themself is logged out.
 * Also the console logins of workspace admins, who manage only the workspaces they administer.
 */
@Named
@RequestScoped
public class MainUsersPage {

    @Inject
    ConsoleUsers users;

    @Inject
    CurrentTenant tenant;

    @Inject
    SecurityContext security;

    @Inject
    AccountManagerAccess access;

    @Inject
    FacesContext faces;

    @Inject
    WorkspaceAccess workspaceAccess;

    private List<ConsoleUserView> mainUsers;
    private List<ConsoleUserView> adminLogins;
    private String adminLogin;
    private String adminPassword;
    private String login;
    private String password;

    public List<ConsoleUserView> getMainUsers() {
        if (mainUsers == null) {
            mainUsers = access.isAllowed() ? users.mainUsers(tenant.id()) : List.of();
        }
        return mainUsers;
    }

    public void add() {
        if (!access.check()) {
            return;
        }
        try {
            ConsoleUserView added = users.addMainUser(tenant.id(), tenant.actor(), login, password);
            Messages.done(faces, "Main user " + added.login() + " added.");
            login = null;
            mainUsers = null;
        } catch (ServiceException e) {
            Messages.refused(faces, "add", e);
        } finally {
            password = null;
        }
    }

    public void remove(String userId) throws IOException, ServletException {
        if (!access.check()) {
            return;
        }
        ConsoleUserView removed = getMainUsers().stream()
                .filter(user -> user.id().equals(userId))
                .findFirst()
                .orElse(null);
        try {
            users.removeMainUser(tenant.id(), tenant.actor(), userId);
        } catch (ServiceException e) {
            Messages.refused(faces, "users", new ServiceException(e.kind(), "list", e.getMessage()));
            return;
        }
        mainUsers = null;
        if (removed != null && removed.login().equals(currentLogin())) {
            ExternalContext external = faces.getExternalContext();
            ((HttpServletRequest) external.getRequest()).logout();
            external.invalidateSession();
            external.redirect(external.getRequestContextPath() + "/login.xhtml");
            faces.responseComplete();
            return;
        }
        Messages.done(faces, "Main user " + (removed == null ? "" : removed.login() + " ") + "removed.");
    }

    public List<ConsoleUserView> getWorkspaceAdminLogins() {
        if (adminLogins == null) {
            adminLogins = access.isAllowed() ? users.workspaceAdminLogins(tenant.id()) : List.of();
        }
        return adminLogins;
    }

    /** How many workspaces the login's person administers now, in words. */
    public String administered(ConsoleUserView user) {
        int count = workspaceAccess.administeredBy(tenant.id(), user.login()).size();
        return count == 0 ? "none (yet)" : count == 1 ? "1 workspace" : count + " workspaces";
    }

    public void addWorkspaceAdminLogin() {
        if (!access.check()) {
            return;
        }
        try {
            ConsoleUserView added =
                    users.addWorkspaceAdminLogin(tenant.id(), tenant.actor(), adminLogin, adminPassword);
            Messages.done(faces, "Console login " + added.login() + " for a workspace admin added.");
            adminLogin = null;
            adminLogins = null;
        } catch (ServiceException e) {
            Messages.refused(faces, "addAdmin", e);
        } finally {
            adminPassword = null;
        }
    }

    public void removeWorkspaceAdminLogin(String userId) {
        if (!access.check()) {
            return;
        }
        ConsoleUserView removed = getWorkspaceAdminLogins().stream()
                .filter(user -> user.id().equals(userId))
                .findFirst()
                .orElse(null);
        try {
            users.removeWorkspaceAdminLogin(tenant.id(), tenant.actor(), userId);
        } catch (ServiceException e) {
            Messages.refused(faces, "admins", new ServiceException(e.kind(), "list", e.getMessage()));
            return;
        }
        adminLogins = null;
        Messages.done(faces, "Console login " + (removed == null ? "" : removed.login() + " ") + "removed.");
    }

    public boolean isSelf(ConsoleUserView user) {
        return user.login().equals(currentLogin());
    }

    public String created(ConsoleUserView user) {
        return ConsoleTimes.format(user.created());
    }

    public int getMinPasswordLength() {
        return ConsoleUsers.MIN_PASSWORD_LENGTH;
    }

    private String currentLogin() {
        return security.getCallerPrincipal() == null
                ? null
                : security.getCallerPrincipal().getName();
    }

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

    public String getAdminLogin() {
        return adminLogin;
    }

    public void setAdminLogin(String adminLogin) {
        this.adminLogin = adminLogin;
    }

    public String getAdminPassword() {
        return adminPassword;
    }

    public void setAdminPassword(String adminPassword) {
        this.adminPassword = adminPassword;
    }
}
