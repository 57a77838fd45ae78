package org.scimspace.console;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

import java.util.Arrays;
import java.util.List;

import org.scimspace.common.ServiceException;
import org.scimspace.workspace.control.LimitView;
import org.scimspace.workspace.control.LimitsChange;
import org.scimspace.workspace.control.PersonView;

/**
 * Workspace Manager → Settings → Login and registration → Advanced settings (Single
 * Sign-On): "Limit to specified user group". The admin previews who joins and leaves (a dry
 * run of the same change) before saving.
 */
@Named
@RequestScoped
public class WorkspaceSettingsPage extends WorkspaceManagerPage {

    /** How many of the joining and leaving people a preview names. */
    static final int NAMED = 10;

    private String groupLimits;
    private List<LimitView> limits;
    private LimitsChange preview;

    @PostConstruct
    void load() {
        if (!isMissing()) {
            groupLimits = String.join("\n", getWorkspace().groupLimits());
        }
    }

    public void preview() {
        if (isMissing()) {
            return;
        }
        try {
            preview = workspaces.previewLimits(tenant.id(), getId(), entries());
        } catch (ServiceException e) {
            refused("limits", e);
        }
    }

    public void save() {
        if (isMissing()) {
            return;
        }
        try {
            LimitsChange change = workspaces.setLimits(tenant.id(), getId(), entries());
            limits = change.groupLimits();
            groupLimits =
                    String.join("\n", limits.stream().map(LimitView::objectId).toList());
            forget();
            Messages.done(
                    faces,
                    "Group limits saved: " + people(change.joiningCount()) + " joined, " + people(change.leavingCount())
                            + " left.");
        } catch (ServiceException e) {
            refused("limits", e);
        }
    }

    /** The limits as saved, with their groups. */
    public List<LimitView> getLimits() {
        if (limits == null) {
            limits = isMissing() ? List.of() : workspaces.limits(tenant.id(), getId());
        }
        return limits;
    }

    public LimitsChange getPreview() {
        return preview;
    }

    /** Up to {@link #NAMED} of these people by name, and how many more there are. */
    public String named(List<PersonView> people, int count) {
        List<String> names = people.stream()
                .limit(NAMED)
                .map(p -> p.displayName() == null || p.displayName().isBlank()
                        ? p.userName()
                        : p.displayName() + " (" + p.userName() + ")")
                .toList();
        String listed = String.join(", ", names);
        return count > names.size() ? listed + " and " + (count - names.size()) + " more" : listed;
    }

    public String getGroupLimits() {
        return groupLimits;
    }

    public void setGroupLimits(String groupLimits) {
        this.groupLimits = groupLimits;
    }

    /** The textarea's lines; blank ones are layout, not entries. */
    private List<String> entries() {
        if (groupLimits == null) {
            return List.of();
        }
        return Arrays.stream(groupLimits.split("\\R"))
                .map(String::strip)
                .filter(line -> !line.isEmpty())
                .toList();
    }

    private static String people(int count) {
        return count == 1 ? "1 person" : count + " people";
    }
}
