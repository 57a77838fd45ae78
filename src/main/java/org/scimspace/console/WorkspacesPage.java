package org.scimspace.console;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.scimspace.common.CurrentTenant;
import org.scimspace.common.ServiceException;
import org.scimspace.directory.boundary.GroupDirectory;
import org.scimspace.directory.boundary.GroupSummary;
import org.scimspace.directory.boundary.Page;
import org.scimspace.workspace.boundary.WorkspaceService;
import org.scimspace.workspace.control.WorkspaceView;

/**
 * Workspaces → All workspaces: the account's workspaces a page at a time (name, members,
 * connected or not, limit groups Entra has not provisioned yet), create, and delete after
 * a confirmation. A workspace admin sees only the workspaces they administer, and only main
 * users create and delete (checked here as well as hidden in the page).
 */
@Named
@RequestScoped
public class WorkspacesPage {

    static final int PAGE_SIZE = 25;

    @Inject
    WorkspaceService workspaces;

    @Inject
    GroupDirectory groups;

    @Inject
    CurrentTenant tenant;

    @Inject
    FacesContext faces;

    @Inject
    WorkspaceManagerAccess access;

    private int page;
    private String name;
    private Page<WorkspaceView> listed;
    private Set<String> provisioned;
    private WorkspaceView toDelete;
    private boolean deleteDone;

    @PostConstruct
    void init() {
        page = PageParams.pageNumber(PageParams.sticky(faces, "page"));
    }

    public void create() {
        if (!mainUsersOnly("create")) {
            return;
        }
        try {
            WorkspaceView created = workspaces.create(tenant.id(), name);
            Messages.done(faces, "Workspace '" + created.name() + "' created.");
            name = null;
            listed = null;
        } catch (ServiceException e) {
            Messages.refused(faces, "create", new ServiceException(e.kind(), "name", e.getMessage()));
        }
    }

    /** First step of a deletion: the page asks for a confirmation. */
    public void askDelete(String id) {
        if (!mainUsersOnly("list")) {
            return;
        }
        try {
            toDelete = workspaces.get(tenant.id(), id);
        } catch (ServiceException e) {
            Messages.refused(faces, "list", e);
        }
    }

    public void delete() {
        String id = faces.getExternalContext().getRequestParameterMap().get("workspace");
        deleteDone = true;
        if (!mainUsersOnly("list")) {
            return;
        }
        try {
            WorkspaceView workspace = workspaces.get(tenant.id(), id);
            workspaces.delete(tenant.id(), id);
            Messages.done(faces, "Workspace '" + workspace.name() + "' deleted.");
            listed = null;
        } catch (ServiceException e) {
            Messages.refused(faces, "list", e);
        }
    }

    public List<WorkspaceView> getWorkspaces() {
        return listed().items();
    }

    /** How many of the workspace's limit groups Entra has not provisioned yet. */
    public long pendingLimits(WorkspaceView workspace) {
        if (provisioned == null) {
            provisioned = new HashSet<>();
            List<String> objectIds = listed().items().stream()
                    .flatMap(w -> w.groupLimits().stream())
                    .distinct()
                    .toList();
            for (GroupSummary group : groups.byExternalIds(tenant.id(), objectIds)) {
                provisioned.add(group.externalId().toLowerCase(Locale.ROOT));
            }
        }
        return workspace.groupLimits().stream()
                .filter(objectId -> !provisioned.contains(objectId))
                .count();
    }

    public long getTotal() {
        return listed().total();
    }

    public int getPage() {
        return page;
    }

    public boolean isHasPrevious() {
        return page > 1;
    }

    public boolean isHasNext() {
        return (long) page * PAGE_SIZE < listed().total();
    }

    /**
     * The confirmation shows after "Delete", and stays in the component tree for the postback
     * of its own button (a request-scoped bean has forgotten which workspace by then).
     */
    public boolean isConfirming() {
        return access.isMainUser()
                && !deleteDone
                && (toDelete != null
                        || faces.getExternalContext().getRequestParameterMap().containsKey("workspace"));
    }

    /** Whether the caller may create and delete workspaces: main users only. */
    public boolean isMayCreateAndDelete() {
        return access.isMainUser();
    }

    public WorkspaceView getToDelete() {
        return toDelete;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    private boolean mainUsersOnly(String formId) {
        if (access.isMainUser()) {
            return true;
        }
        Messages.refused(
                faces,
                formId,
                new ServiceException(ServiceException.Kind.INVALID, null, WorkspaceManagerAccess.MAIN_USERS_ONLY));
        return false;
    }

    private Page<WorkspaceView> listed() {
        if (listed == null) {
            int first = (page - 1) * PAGE_SIZE;
            listed = access.isMainUser()
                    ? workspaces.list(tenant.id(), first, PAGE_SIZE)
                    : workspaces.list(tenant.id(), access.administered(), first, PAGE_SIZE);
            provisioned = null;
        }
        return listed;
    }
}
