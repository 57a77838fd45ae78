package org.scimspace.workspace.boundary;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.scimspace.workspace.control.LimitView;
import org.scimspace.workspace.control.LimitsChange;
import org.scimspace.workspace.control.MemberDetail;
import org.scimspace.workspace.control.MemberView;
import org.scimspace.workspace.control.PersonView;
import org.scimspace.workspace.control.ProfileFieldView;
import org.scimspace.workspace.control.WorkspaceView;

/** The management API's JSON for workspaces, limits, members and profile fields. */
final class WorkspaceJson {

    private WorkspaceJson() {}

    static Map<String, Object> workspace(WorkspaceView workspace) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", workspace.id());
        body.put("name", workspace.name());
        body.put("groupLimits", workspace.groupLimits());
        body.put("connected", workspace.connected());
        body.put("memberCount", workspace.memberCount());
        body.put("created", workspace.created().toString());
        return body;
    }

    static Map<String, Object> limits(List<LimitView> limits) {
        return Map.of("groupLimits", limits.stream().map(WorkspaceJson::limit).toList());
    }

    static Map<String, Object> limitsChange(LimitsChange change, boolean dryRun) {
        Map<String, Object> body = new LinkedHashMap<>(limits(change.groupLimits()));
        body.put("dryRun", dryRun);
        body.put("joining", people(change.joiningCount(), change.joining()));
        body.put("leaving", people(change.leavingCount(), change.leaving()));
        return body;
    }

    static Map<String, Object> member(MemberView member) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("userId", member.userId());
        body.put("userName", member.userName());
        body.put("displayName", member.displayName());
        body.put("role", member.role());
        body.put("manual", member.manual());
        body.put("invited", member.invited());
        body.put("synced", member.synced());
        body.put("since", member.since().toString());
        body.put("viaGroups", member.viaGroups());
        return body;
    }

    /**
     * A member with every profile field of the workspace and the member's values of it, a
     * list for both types (empty when none: the API's JSON leaves nulls out).
     */
    static Map<String, Object> memberDetail(MemberDetail detail) {
        Map<String, Object> body = member(detail.member());
        MemberDetail.RemoteUserView remote = detail.remoteUser();
        if (remote != null) {
            Map<String, Object> remoteUser = new LinkedHashMap<>();
            remoteUser.put("externalId", remote.externalId());
            remoteUser.put("email", remote.email());
            remoteUser.put("firstName", remote.firstName());
            remoteUser.put("lastName", remote.lastName());
            remoteUser.put("mobile", remote.mobile());
            body.put("remoteUser", remoteUser);
        }
        Map<String, Object> profile = new LinkedHashMap<>();
        for (MemberDetail.ProfileEntry entry : detail.profile()) {
            profile.put(entry.name(), entry.values());
        }
        body.put("profile", profile);
        return body;
    }

    static Map<String, Object> profileFields(List<ProfileFieldView> fields) {
        return Map.of(
                "profileFields",
                fields.stream()
                        .map(field -> {
                            Map<String, Object> body = new LinkedHashMap<>();
                            body.put("name", field.name());
                            body.put("type", field.type().wireName());
                            body.put("allowedValues", field.allowedValues());
                            return body;
                        })
                        .toList());
    }

    private static Map<String, Object> limit(LimitView limit) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("objectId", limit.objectId());
        body.put("groupId", limit.groupId());
        body.put("displayName", limit.displayName());
        body.put("pending", limit.pending());
        body.put("memberCount", limit.memberCount());
        body.put(
                "lastChangedByEntra",
                limit.lastChangedByEntra() == null
                        ? null
                        : limit.lastChangedByEntra().toString());
        return body;
    }

    private static Map<String, Object> people(int count, List<PersonView> listed) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("count", count);
        body.put(
                "users",
                listed.stream()
                        .map(p -> {
                            Map<String, Object> person = new LinkedHashMap<>();
                            person.put("userId", p.userId());
                            person.put("userName", p.userName());
                            person.put("displayName", p.displayName());
                            return person;
                        })
                        .toList());
        return body;
    }
}
