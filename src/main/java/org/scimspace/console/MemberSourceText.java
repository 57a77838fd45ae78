package org.scimspace.console;

import java.util.List;
import java.util.Map;

import org.scimspace.workspace.control.MemberView;

/** Why a member is in a workspace, in words: "via group Sales", "added by hand", both, or "invited". */
final class MemberSourceText {

    private MemberSourceText() {}

    /** @param groupNames the names of the limit groups by object ID; a group without one shows its object ID */
    static String of(MemberView member, Map<String, String> groupNames) {
        if (member.invited()) {
            return "invited";
        }
        List<String> groups = member.viaGroups().stream()
                .map(objectId -> groupNames.getOrDefault(objectId, objectId))
                .toList();
        String via = groups.isEmpty()
                ? null
                : (groups.size() == 1 ? "via group " : "via groups ") + String.join(", ", groups);
        if (via == null) {
            return member.manual() ? "added by hand" : "";
        }
        return member.manual() ? via + " and added by hand" : via;
    }
}
