package org.scimspace.console;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;

import java.util.List;

import org.scimspace.common.CurrentTenant;
import org.scimspace.workspace.boundary.WorkspaceAccess;

/**
 * Who may use which workspace in the console. A main user manages every workspace of the
 * account, creates and deletes them; any other console login is a workspace admin's and
 * manages exactly the workspaces its person administers, asked again on every request, so
 * a changed role or a deactivation in Entra takes effect at once. The workspace beans ask
 * before every read and change; another workspace is "No such workspace", never "forbidden".
 */
@Named
@RequestScoped
public class WorkspaceManagerAccess {

    static final String MAIN_USERS_ONLY =
            "Not allowed: only a main user of the account may create or delete workspaces.";

    @Inject
    SecurityContext security;

    @Inject
    CurrentTenant tenant;

    @Inject
    WorkspaceAccess access;

    private List<String> administered;

    /** Whether the caller manages every workspace and may create and delete them. */
    public boolean isMainUser() {
        return security.isCallerInRole(ConsoleSecurity.MAIN_USER_ROLE);
    }

    public boolean canManage(String workspaceId) {
        if (workspaceId == null) {
            return false;
        }
        if (isMainUser()) {
            return true;
        }
        String login = login();
        return login != null && access.canManage(tenant.id(), login, workspaceId);
    }

    /** The workspaces a workspace admin's login administers (for a main user: not asked, see {@link #isMainUser()}). */
    public List<String> administered() {
        if (administered == null) {
            String login = login();
            administered = login == null ? List.of() : access.administeredBy(tenant.id(), login);
        }
        return administered;
    }

    private String login() {
        return security.getCallerPrincipal() == null
                ? null
                : security.getCallerPrincipal().getName();
    }
}
