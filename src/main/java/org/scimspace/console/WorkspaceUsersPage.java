package org.scimspace.console;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.event.AjaxBehaviorEvent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.scimspace.common.ServiceException;
import org.scimspace.directory.boundary.GroupDirectory;
import org.scimspace.directory.boundary.GroupSummary;
import org.scimspace.directory.boundary.Page;
import org.scimspace.workspace.boundary.WorkspaceMembers;
import org.scimspace.workspace.control.MemberAdded;
import org.scimspace.workspace.control.MemberRef;
import org.scimspace.workspace.control.MemberView;

/**
 * Workspace Manager → Users: the members a page at a time, searchable, with their role
 * (saved as soon as it changes), why they are members, "Add people", and "Remove" where
 * no Entra group governs the workspace (product rule 6).
 */
@Named
@RequestScoped
public class WorkspaceUsersPage extends WorkspaceManagerPage {

    static final int PAGE_SIZE = 20;

    @Inject
    WorkspaceMembers members;

    @Inject
    GroupDirectory groups;

    private String q;
    private int page;
    private String person;
    private Page<MemberView> listed;
    private final Map<String, String> roles = new HashMap<>();
    private Map<String, String> groupNames;

    @PostConstruct
    void readQuery() {
        q = PageParams.sticky(faces, "q");
        page = PageParams.pageNumber(PageParams.sticky(faces, "page"));
    }

    /** The role drop-down changed: saved at once, confirmed beside it. */
    public void roleChanged(AjaxBehaviorEvent event) {
        String userId = (String) event.getComponent().getAttributes().get("userId");
        String clientId = event.getComponent().getClientId(faces);
        if (isMissing()) {
            faces.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, "No such workspace.", null));
            return;
        }
        try {
            MemberView changed = members.changeRole(tenant.id(), getId(), userId, roles.get(userId));
            faces.addMessage(
                    clientId,
                    new FacesMessage(
                            FacesMessage.SEVERITY_INFO,
                            "Saved: " + changed.userName() + " is now " + changed.role() + ".",
                            null));
        } catch (ServiceException e) {
            faces.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, e.getMessage(), null));
        }
    }

    public void add() {
        if (isMissing()) {
            return;
        }
        try {
            String entry = person == null ? "" : person.strip();
            MemberRef ref = entry.contains("@") ? new MemberRef(null, null, entry) : new MemberRef(null, entry, null);
            MemberAdded added = members.add(tenant.id(), getId(), ref);
            MemberView member = added.member();
            Messages.done(
                    faces,
                    !added.created()
                            ? member.userName() + " was a member already and is now also marked as added by hand."
                            : member.invited()
                                    ? member.userName() + " is not in the directory and was invited."
                                    : member.userName() + " was added.");
            person = null;
            changed();
        } catch (ServiceException e) {
            // Whatever the service names (userId, userName, email), the one input is at fault.
            refused("add", new ServiceException(e.kind(), "person", e.getMessage()));
        }
    }

    public void remove(String userId) {
        if (isMissing()) {
            return;
        }
        try {
            members.remove(tenant.id(), getId(), userId);
            Messages.done(faces, "Removed from the workspace.");
            changed();
        } catch (ServiceException e) {
            refused("members", e);
        }
    }

    public List<MemberView> getMembers() {
        return listed().items();
    }

    /** Why the member is in the workspace, in words. */
    public String source(MemberView member) {
        if (groupNames == null) {
            groupNames = new HashMap<>();
            List<String> objectIds = listed().items().stream()
                    .flatMap(m -> m.viaGroups().stream())
                    .distinct()
                    .toList();
            for (GroupSummary group : groups.byExternalIds(tenant.id(), objectIds)) {
                groupNames.put(group.externalId().toLowerCase(Locale.ROOT), group.displayName());
            }
        }
        return MemberSourceText.of(member, groupNames);
    }

    /** The role drop-downs' values by user id. */
    public Map<String, String> getRoles() {
        listed();
        return roles;
    }

    public boolean isRemovable() {
        return !isFollowsEntra();
    }

    public long getTotal() {
        return listed().total();
    }

    public int getFirstShown() {
        return getTotal() == 0 ? 0 : (page - 1) * PAGE_SIZE + 1;
    }

    public long getLastShown() {
        return Math.min(getTotal(), (long) page * PAGE_SIZE);
    }

    public boolean isHasPrevious() {
        return page > 1;
    }

    public boolean isHasNext() {
        return (long) page * PAGE_SIZE < getTotal();
    }

    public int getPage() {
        return page;
    }

    public String getQ() {
        return q;
    }

    public String getPerson() {
        return person;
    }

    public void setPerson(String person) {
        this.person = person;
    }

    private Page<MemberView> listed() {
        if (listed == null) {
            if (isMissing()) {
                listed = new Page<>(0, List.of());
                return listed;
            }
            try {
                listed = members.list(tenant.id(), getId(), null, null, q, (page - 1) * PAGE_SIZE, PAGE_SIZE);
            } catch (ServiceException e) {
                refused("members", e);
                listed = new Page<>(0, List.of());
            }
            for (MemberView member : listed.items()) {
                roles.putIfAbsent(member.userId(), member.role());
            }
        }
        return listed;
    }

    private void changed() {
        listed = null;
        groupNames = null;
        roles.clear();
        forget();
    }
}
