package org.scimspace.directory.control;

import jakarta.persistence.EntityManager;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.scimspace.common.Chunks;
import org.scimspace.common.ServiceException;
import org.scimspace.directory.entity.GroupMember;
import org.scimspace.directory.entity.MemberType;

/**
 * Adds and removes members of one group with work in proportion to the ids named: one
 * existence query and one membership query per chunk, then batched inserts or one delete.
 * The caller holds the group's row lock, so changes of one group never interleave.
 */
public class Memberships {

    /** Bounded IN lists: every database takes this many bound parameters. */
    static final int CHUNK = 500;

    private final EntityManager em;
    private final String tenantId;
    private final String groupId;
    private final List<String> addedUsers = new ArrayList<>();
    private final List<String> removedUsers = new ArrayList<>();

    public Memberships(EntityManager em, String tenantId, String groupId) {
        this.em = em;
        this.tenantId = tenantId;
        this.groupId = groupId;
    }

    /** Users that joined through this object's changes (net of later removals). */
    public List<String> addedUsers() {
        return List.copyOf(addedUsers);
    }

    /** Users that left through this object's changes (net of later additions). */
    public List<String> removedUsers() {
        return List.copyOf(removedUsers);
    }

    public void add(List<String> ids) {
        for (List<String> chunk : chunks(ids)) {
            Map<String, MemberType> types = typesOf(chunk);
            Set<String> present = new HashSet<>(presentAmong(chunk));
            for (String id : chunk) {
                if (!present.contains(id)) {
                    em.persist(new GroupMember(groupId, id, types.get(id)));
                    if (types.get(id) == MemberType.User) {
                        noteAdded(id);
                    }
                }
            }
        }
    }

    public void remove(List<String> ids) {
        for (List<String> chunk : chunks(ids)) {
            List<Object[]> present = em.createQuery(
                            "select m.memberId, m.memberType from GroupMember m"
                                    + " where m.groupId = :group and m.memberId in :ids",
                            Object[].class)
                    .setParameter("group", groupId)
                    .setParameter("ids", chunk)
                    .getResultList();
            if (present.isEmpty()) {
                continue;
            }
            em.createQuery("delete from GroupMember m where m.groupId = :group and m.memberId in :ids")
                    .setParameter("group", groupId)
                    .setParameter("ids", chunk)
                    .executeUpdate();
            for (Object[] row : present) {
                if (row[1] == MemberType.User) {
                    noteRemoved((String) row[0]);
                }
            }
        }
    }

    public void removeAll() {
        em.createQuery(
                        "select m.memberId from GroupMember m where m.groupId = :group and m.memberType = :type",
                        String.class)
                .setParameter("group", groupId)
                .setParameter("type", MemberType.User)
                .getResultList()
                .forEach(this::noteRemoved);
        em.createQuery("delete from GroupMember m where m.groupId = :group")
                .setParameter("group", groupId)
                .executeUpdate();
    }

    /** Makes the member set exactly {@code ids}: the difference is added and removed. */
    public void replaceAll(List<String> ids) {
        List<String> current = em.createQuery(
                        "select m.memberId from GroupMember m where m.groupId = :group", String.class)
                .setParameter("group", groupId)
                .getResultList();
        MemberDifference difference = MemberDifference.between(current, ids);
        remove(difference.toRemove());
        add(difference.toAdd());
    }

    /** Every id must be a user or group of this tenant, and a group is never its own member. */
    private Map<String, MemberType> typesOf(List<String> ids) {
        Map<String, MemberType> types = new HashMap<>();
        em.createQuery("select u.id from UserEntity u where u.tenantId = :tenant and u.id in :ids", String.class)
                .setParameter("tenant", tenantId)
                .setParameter("ids", ids)
                .getResultList()
                .forEach(id -> types.put(id, MemberType.User));
        if (types.size() < ids.size()) {
            em.createQuery("select g.id from GroupEntity g where g.tenantId = :tenant and g.id in :ids", String.class)
                    .setParameter("tenant", tenantId)
                    .setParameter("ids", ids)
                    .getResultList()
                    .forEach(id -> types.put(id, MemberType.Group));
        }
        List<String> unknown = ids.stream().filter(id -> !types.containsKey(id)).toList();
        if (!unknown.isEmpty()) {
            throw ServiceException.invalid(
                    "members",
                    "No user or group with id "
                            + String.join(", ", unknown.subList(0, Math.min(5, unknown.size())))
                            + (unknown.size() > 5 ? " (and " + (unknown.size() - 5) + " more)" : "") + ".");
        }
        if (types.containsKey(groupId)) {
            throw ServiceException.invalid("members", "A group cannot be a member of itself.");
        }
        return types;
    }

    private List<String> presentAmong(List<String> ids) {
        return em.createQuery(
                        "select m.memberId from GroupMember m where m.groupId = :group and m.memberId in :ids",
                        String.class)
                .setParameter("group", groupId)
                .setParameter("ids", ids)
                .getResultList();
    }

    private void noteAdded(String userId) {
        if (!removedUsers.remove(userId)) {
            addedUsers.add(userId);
        }
    }

    private void noteRemoved(String userId) {
        if (!addedUsers.remove(userId)) {
            removedUsers.add(userId);
        }
    }

    /** Each id once, in chunks. */
    private static List<List<String>> chunks(List<String> ids) {
        return Chunks.of(List.copyOf(new LinkedHashSet<>(ids)), CHUNK);
    }
}
