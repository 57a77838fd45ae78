package org.scimspace.console;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.scimspace.common.ServiceException;
import org.scimspace.directory.boundary.GroupDirectory;
import org.scimspace.directory.boundary.GroupSummary;
import org.scimspace.workspace.boundary.WorkspaceMembers;
import org.scimspace.workspace.control.MemberDetail;
import org.scimspace.workspace.control.MemberView;
import org.scimspace.workspace.entity.FieldType;

/**
 * Workspace Manager → Users → one member ({@code member.xhtml?id=…&user=…}): role, why they
 * are a member, what the remote source's file says of them, and their profile values. A user
 * who is not a member of the workspace, or of another account, is "No such member".
 */
@Named
@RequestScoped
public class WorkspaceMemberPage extends WorkspaceManagerPage {

    @Inject
    WorkspaceMembers members;

    @Inject
    GroupDirectory groups;

    private MemberDetail detail;
    private boolean read;

    /** The member, or null when there is none to show. */
    public MemberDetail getDetail() {
        if (!read) {
            read = true;
            String userId = RequestParameters.text(faces, "user", 80);
            if (userId != null && !isMissing()) {
                try {
                    detail = members.get(tenant.id(), getId(), userId);
                } catch (ServiceException e) {
                    if (e.kind() != ServiceException.Kind.NOT_FOUND) {
                        throw e;
                    }
                }
            }
            if (detail == null && !isMissing()) {
                faces.getExternalContext().setResponseStatus(404);
            }
        }
        return detail;
    }

    public boolean isFound() {
        return getDetail() != null;
    }

    public MemberView getMember() {
        return isFound() ? detail.member() : null;
    }

    /** What the remote source's file says of a member who is the source's user, else null. */
    public MemberDetail.RemoteUserView getRemote() {
        return isFound() ? detail.remoteUser() : null;
    }

    /** Why the member is in the workspace, in words, with the limit groups by name. */
    public String getSource() {
        if (!isFound()) {
            return "";
        }
        Map<String, String> names = new HashMap<>();
        for (GroupSummary group :
                groups.byExternalIds(tenant.id(), detail.member().viaGroups())) {
            names.put(group.externalId().toLowerCase(Locale.ROOT), group.displayName());
        }
        return MemberSourceText.of(detail.member(), names);
    }

    public boolean isChoice(MemberDetail.ProfileEntry entry) {
        return entry.type() == FieldType.CHOICE;
    }

    public List<MemberDetail.ProfileEntry> getProfile() {
        return isFound() ? detail.profile() : List.of();
    }
}
