package org.scimspace.console;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.scimspace.common.CurrentTenant;
import org.scimspace.directory.boundary.GroupRef;
import org.scimspace.directory.boundary.StoredUser;
import org.scimspace.directory.boundary.UserDirectory;
import org.scimspace.directory.boundary.UserSummary;
import org.scimspace.workspace.boundary.UserWorkspaces;
import org.scimspace.workspace.control.UserWorkspace;

/**
 * Account Manager → Directory → one user ({@code user.xhtml?id=…}): state, groups, and each
 * workspace with the role and why the user is in it. An id of another account, or none,
 * is "No such user" and shows nothing else.
 */
@Named
@RequestScoped
public class DirectoryUserPage {

    @Inject
    UserDirectory users;

    @Inject
    UserWorkspaces workspaces;

    @Inject
    CurrentTenant tenant;

    @Inject
    AccountManagerAccess access;

    @Inject
    FacesContext faces;

    private UserSummary user;
    private StoredUser stored;
    private List<GroupRef> groups = List.of();
    private List<UserWorkspace> memberships = List.of();

    @PostConstruct
    void load() {
        if (!access.isAllowed()) {
            return;
        }
        String id = RequestParameters.text(faces, "id", 80);
        Optional<StoredUser> found = id == null ? Optional.empty() : users.find(tenant.id(), id);
        if (found.isEmpty()) {
            return;
        }
        stored = found.get();
        user = users.summaries(tenant.id(), List.of(id)).stream().findFirst().orElse(null);
        if (user == null) {
            stored = null;
            return;
        }
        groups = users.groupsOf(tenant.id(), List.of(id)).getOrDefault(id, List.of());
        memberships = workspaces.workspacesOf(tenant.id(), id);
    }

    /** Why the user is in a workspace, as people read it: "via group Sales", "added by hand", "remote source". */
    public List<String> reasons(UserWorkspace membership) {
        List<String> reasons = new ArrayList<>();
        membership.viaGroups().forEach(group -> reasons.add("via group " + group));
        if (membership.manual()) {
            reasons.add("added by hand");
        }
        if (membership.synced()) {
            reasons.add("remote source");
        }
        return reasons;
    }

    public boolean isFound() {
        return user != null;
    }

    public UserSummary getUser() {
        return user;
    }

    public String getCreated() {
        return stored == null ? "" : ConsoleTimes.format(stored.created());
    }

    public String getLastModified() {
        return stored == null ? "" : ConsoleTimes.format(stored.lastModified());
    }

    public List<GroupRef> getGroups() {
        return groups;
    }

    public List<UserWorkspace> getWorkspaces() {
        return memberships;
    }
}
