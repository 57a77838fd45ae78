package org.scimspace.console;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;

import java.util.Objects;

import org.scimspace.account.boundary.AccountService;
import org.scimspace.common.CurrentTenant;
import org.scimspace.common.ServiceException;
import org.scimspace.workspace.boundary.WorkspaceService;
import org.scimspace.workspace.control.WorkspaceView;

/**
 * What the Workspace Manager pages share: the workspace named by the {@code id} parameter,
 * re-read on every request. An id of another account, of no workspace, or of a workspace
 * the caller does not manage (see {@link WorkspaceManagerAccess}) leaves the page with "No
 * such workspace" and none of its data; subclasses check {@link #isMissing()} before every
 * read and change.
 */
abstract class WorkspaceManagerPage {

    @Inject
    WorkspaceService workspaces;

    @Inject
    AccountService accounts;

    @Inject
    CurrentTenant tenant;

    @Inject
    FacesContext faces;

    @Inject
    WorkspaceManagerAccess access;

    private String id;
    private WorkspaceView workspace;
    private boolean missing;
    private Boolean scimEnabled;

    @PostConstruct
    void readId() {
        id = PageParams.sticky(faces, "id");
    }

    public WorkspaceView getWorkspace() {
        if (workspace == null && !missing) {
            if (!access.canManage(id)) {
                notFound();
                return null;
            }
            try {
                workspace = workspaces.get(tenant.id(), id);
            } catch (ServiceException e) {
                if (e.kind() != ServiceException.Kind.NOT_FOUND) {
                    throw e;
                }
                notFound();
            }
        }
        return workspace;
    }

    private void notFound() {
        missing = true;
        faces.getExternalContext().setResponseStatus(404);
    }

    public boolean isMissing() {
        getWorkspace();
        return missing;
    }

    /** The workspace follows Entra groups: it has limits and the account's SCIM is on. */
    public boolean isFollowsEntra() {
        return !isMissing() && workspace.connected() && isScimEnabled();
    }

    public boolean isScimEnabled() {
        if (scimEnabled == null) {
            scimEnabled = accounts.account(tenant.id()).scimEnabled();
        }
        return scimEnabled;
    }

    /** A service's refusal: beside the field it names, or, if the workspace is gone, "No such workspace". */
    protected void refused(String formId, ServiceException e) {
        if (e.kind() == ServiceException.Kind.NOT_FOUND) {
            forget();
            if (isMissing()) {
                return;
            }
        }
        Messages.refused(faces, formId, e);
    }

    /** The workspace changed: read it again when next asked. */
    protected void forget() {
        workspace = null;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        if (!Objects.equals(this.id, id)) {
            // What was checked and read belongs to the other id.
            workspace = null;
            missing = false;
        }
        this.id = id;
    }
}
