package org.scimspace.workspace.control;

import jakarta.persistence.EntityManager;

import java.util.List;
import java.util.Map;

/** Reads one member with their profile values and, for a remote source's user, the file's attributes. */
public class MemberDetails {

    private final EntityManager em;

    public MemberDetails(EntityManager em) {
        this.em = em;
    }

    /** The member, who must exist. */
    @SuppressWarnings("unchecked")
    public MemberDetail of(String workspaceId, String userId) {
        MemberView member = new WorkspaceMembersQuery(em).one(workspaceId, userId);
        List<Object[]> remote = em.createNativeQuery(
                        "select external_id, email, first_name, last_name, mobile from remote_user where id = ?1")
                .setParameter(1, userId)
                .getResultList();
        MemberDetail.RemoteUserView remoteUser = remote.stream()
                .map(row -> new MemberDetail.RemoteUserView(
                        (String) row[0], (String) row[1], (String) row[2], (String) row[3], (String) row[4]))
                .findFirst()
                .orElse(null);
        ProfileValues profiles = new ProfileValues(em);
        Map<String, List<String>> values =
                profiles.of(workspaceId, List.of(userId)).getOrDefault(userId, Map.of());
        List<MemberDetail.ProfileEntry> profile = profiles.fields(workspaceId).stream()
                .map(field -> new MemberDetail.ProfileEntry(
                        field.name(), field.type(), values.getOrDefault(field.id(), List.of())))
                .toList();
        return new MemberDetail(member, remoteUser, profile);
    }
}
