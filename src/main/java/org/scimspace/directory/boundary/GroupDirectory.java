package org.scimspace.directory.boundary;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.LongPredicate;

import org.scimspace.common.ServiceException;
import org.scimspace.common.Timestamps;
import org.scimspace.directory.control.Memberships;
import org.scimspace.directory.entity.GroupEntity;
import org.scimspace.directory.entity.MemberType;
import org.scimspace.directory.event.GroupDeleted;
import org.scimspace.directory.event.GroupExternalIdChanged;
import org.scimspace.directory.event.GroupMembersChanged;

/**
 * The groups of a tenant and their members. A change of a group takes its row lock, so
 * concurrent member changes of one group apply one after the other and none is lost; the
 * events of a change are fired after its database work, inside the same transaction.
 */
@Stateless
public class GroupDirectory {

    @PersistenceContext
    EntityManager em;

    @Inject
    Event<GroupMembersChanged> membersChanged;

    @Inject
    Event<GroupExternalIdChanged> externalIdChanged;

    @Inject
    Event<GroupDeleted> deleted;

    public StoredGroup create(String tenantId, GroupData data, List<String> memberIds) {
        requireUniqueName(tenantId, data.displayName(), null);
        GroupEntity group = new GroupEntity(tenantId);
        group.update(data.displayName(), data.externalId(), data.document(), group.getCreated());
        em.persist(group);
        flushUnique(data.displayName());
        Memberships memberships = new Memberships(em, tenantId, group.getId());
        memberships.add(memberIds);
        if (data.externalId() != null) {
            externalIdChanged.fire(new GroupExternalIdChanged(tenantId, group.getId(), null, data.externalId()));
        }
        fireMembers(tenantId, group, memberships);
        return StoredGroup.of(group);
    }

    public Optional<StoredGroup> find(String tenantId, String id) {
        return entity(tenantId, id, LockModeType.NONE).map(StoredGroup::of);
    }

    /**
     * Changes a group's attributes ({@code change} returns the new data, or empty to keep
     * them) and its members, under the group's row lock.
     */
    public StoredGroup modify(
            String tenantId,
            String id,
            LongPredicate revisionAccepted,
            Function<StoredGroup, Optional<GroupData>> change,
            List<MembershipChange> memberChanges) {
        GroupEntity group = locked(tenantId, id, revisionAccepted);
        String oldExternalId = group.getExternalId();
        Optional<GroupData> changed = change.apply(StoredGroup.of(group));
        if (changed.isPresent()) {
            GroupData data = changed.get();
            if (!GroupEntity.displayNameKey(data.displayName())
                    .equals(GroupEntity.displayNameKey(group.getDisplayName()))) {
                requireUniqueName(tenantId, data.displayName(), id);
            }
            group.update(data.displayName(), data.externalId(), data.document(), Timestamps.now());
            flushUnique(data.displayName());
        }
        Memberships memberships = new Memberships(em, tenantId, id);
        for (MembershipChange memberChange : memberChanges) {
            apply(memberships, memberChange);
        }
        boolean membersChangedAtAll = !memberChanges.isEmpty();
        if (membersChangedAtAll && changed.isEmpty()) {
            group.touch(Timestamps.now());
        }
        if (!Objects.equals(oldExternalId, group.getExternalId())) {
            externalIdChanged.fire(new GroupExternalIdChanged(tenantId, id, oldExternalId, group.getExternalId()));
        }
        fireMembers(tenantId, group, memberships);
        return StoredGroup.of(group);
    }

    public void delete(String tenantId, String id, LongPredicate revisionAccepted) {
        GroupEntity group = locked(tenantId, id, revisionAccepted);
        em.createQuery("delete from GroupMember m where m.groupId = :group or m.memberId = :group")
                .setParameter("group", id)
                .executeUpdate();
        em.remove(group);
        deleted.fire(new GroupDeleted(tenantId, id, group.getExternalId()));
    }

    public Page<StoredGroup> search(
            String tenantId, SearchCriteria<GroupEntity> criteria, int firstResult, int maxResults) {
        Page<GroupEntity> page =
                CriteriaSearch.page(em, GroupEntity.class, tenantId, criteria, firstResult, maxResults);
        return new Page<>(
                page.total(), page.items().stream().map(StoredGroup::of).toList());
    }

    /**
     * The members of a group (known to belong to the tenant) with their display names, in
     * one query. Native SQL because JPA 3.1 cannot outer-join unrelated entities; its one
     * parameter is bound.
     */
    @SuppressWarnings("unchecked")
    public List<MemberRow> members(String groupId) {
        return ((List<Object[]>) em.createNativeQuery("select m.member_id, m.member_type,"
                                + " coalesce(u.display_name, g.display_name) from group_member m"
                                + " left join scim_user u on u.id = m.member_id left join scim_group g on g.id = m.member_id"
                                + " where m.group_id = ?1")
                        .setParameter(1, groupId)
                        .getResultList())
                .stream()
                        .map(row ->
                                new MemberRow((String) row[0], MemberType.valueOf((String) row[1]), (String) row[2]))
                        .toList();
    }

    /**
     * The groups of a tenant whose externalId is one of these object IDs (compared ignoring
     * case), with their direct member counts: two queries whatever the number of ids.
     */
    public List<GroupSummary> byExternalIds(String tenantId, Collection<String> objectIds) {
        if (objectIds.isEmpty()) {
            return List.of();
        }
        List<String> keys =
                objectIds.stream().map(id -> id.toLowerCase(Locale.ROOT)).toList();
        List<GroupEntity> groups = em.createQuery(
                        "select g from GroupEntity g where g.tenantId = :tenant and g.externalIdKey in :keys",
                        GroupEntity.class)
                .setParameter("tenant", tenantId)
                .setParameter("keys", keys)
                .getResultList();
        if (groups.isEmpty()) {
            return List.of();
        }
        Map<String, Long> counts = new HashMap<>();
        em.createQuery(
                        "select m.groupId, count(m) from GroupMember m where m.groupId in :ids group by m.groupId",
                        Object[].class)
                .setParameter("ids", groups.stream().map(GroupEntity::getId).toList())
                .getResultList()
                .forEach(row -> counts.put((String) row[0], ((Number) row[1]).longValue()));
        return groups.stream()
                .map(g -> new GroupSummary(
                        g.getId(),
                        g.getExternalId(),
                        g.getDisplayName(),
                        counts.getOrDefault(g.getId(), 0L),
                        g.getLastModified()))
                .toList();
    }

    private void apply(Memberships memberships, MembershipChange change) {
        if (change instanceof MembershipChange.Add add) {
            memberships.add(add.ids());
        } else if (change instanceof MembershipChange.Remove remove) {
            memberships.remove(remove.ids());
        } else if (change instanceof MembershipChange.RemoveAll) {
            memberships.removeAll();
        } else if (change instanceof MembershipChange.ReplaceAll replace) {
            memberships.replaceAll(replace.ids());
        }
    }

    private void fireMembers(String tenantId, GroupEntity group, Memberships memberships) {
        GroupMembersChanged event = new GroupMembersChanged(
                tenantId, group.getId(), group.getExternalId(), memberships.addedUsers(), memberships.removedUsers());
        if (!event.isEmpty()) {
            membersChanged.fire(event);
        }
    }

    private GroupEntity locked(String tenantId, String id, LongPredicate revisionAccepted) {
        GroupEntity group = entity(tenantId, id, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> ServiceException.notFound("Resource " + id + " not found."));
        if (!revisionAccepted.test(group.getRevision())) {
            throw ServiceException.stale("The resource has changed since the version given in If-Match.");
        }
        return group;
    }

    private Optional<GroupEntity> entity(String tenantId, String id, LockModeType lock) {
        if (id == null) {
            return Optional.empty();
        }
        GroupEntity group = em.find(GroupEntity.class, id, lock);
        return group != null && group.getTenantId().equals(tenantId) ? Optional.of(group) : Optional.empty();
    }

    private void requireUniqueName(String tenantId, String displayName, String exceptId) {
        List<String> holders = em.createQuery(
                        "select g.id from GroupEntity g where g.tenantId = :tenant" + " and g.displayNameKey = :key",
                        String.class)
                .setParameter("tenant", tenantId)
                .setParameter("key", GroupEntity.displayNameKey(displayName))
                .getResultList();
        if (holders.stream().anyMatch(holder -> !holder.equals(exceptId))) {
            throw duplicate(displayName);
        }
    }

    /** Two requests racing past the check meet at the unique key; the loser gets the same 409. */
    private void flushUnique(String displayName) {
        try {
            em.flush();
        } catch (PersistenceException e) {
            throw duplicate(displayName);
        }
    }

    private static ServiceException duplicate(String displayName) {
        return ServiceException.conflict("A group with displayName '" + displayName + "' exists already.");
    }
}
