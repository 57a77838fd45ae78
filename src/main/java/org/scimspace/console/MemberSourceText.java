package org.scimspace.console;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.scimspace.workspace.control.MemberView;

/**
 * Why a member is in a workspace, in words: "via group Sales", "added by hand", "invited",
 * "remote source", or several of them: "via group Sales, added by hand and remote source".
 */
final class MemberSourceText {

    private MemberSourceText() {}

    /** @param groupNames the names of the limit groups by object ID; a group without one shows its object ID */
    static String of(MemberView member, Map<String, String> groupNames) {
        List<String> reasons = new ArrayList<>();
        if (member.invited()) {
            reasons.add("invited");
        } else {
            List<String> groups = member.viaGroups().stream()
                    .map(objectId -> groupNames.getOrDefault(objectId, objectId))
                    .toList();
            if (!groups.isEmpty()) {
                reasons.add((groups.size() == 1 ? "via group " : "via groups ") + String.join(", ", groups));
            }
            if (member.manual()) {
                reasons.add("added by hand");
            }
        }
        if (member.synced()) {
            reasons.add("remote source");
        }
        if (reasons.size() <= 2) {
            return String.join(" and ", reasons);
        }
        return String.join(", ", reasons.subList(0, reasons.size() - 1)) + " and " + reasons.get(reasons.size() - 1);
    }
}
