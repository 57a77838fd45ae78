package org.scimspace.directory.boundary;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.LongPredicate;

import org.scimspace.common.Chunks;
import org.scimspace.common.ServiceException;
import org.scimspace.common.Timestamps;
import org.scimspace.directory.entity.UserEntity;
import org.scimspace.directory.entity.UserValue;
import org.scimspace.directory.event.UserActivityChanged;
import org.scimspace.directory.event.UserDeleted;

/**
 * The users of a tenant: create, read, change, delete and search. Every method takes the
 * tenant and never touches another tenant's rows; an id of another tenant is "not found".
 */
@Stateless
public class UserDirectory {

    @PersistenceContext
    EntityManager em;

    @Inject
    Event<UserActivityChanged> activityChanged;

    @Inject
    Event<UserDeleted> deleted;

    public StoredUser create(String tenantId, UserData data) {
        requireUniqueUserName(tenantId, data.fields().userName(), null);
        UserEntity user = new UserEntity(tenantId);
        user.update(data.fields(), data.document(), Timestamps.now());
        user.setPasswordHash(data.passwordHash());
        em.persist(user);
        writeValues(user, data.values());
        flushUnique(data.fields().userName());
        return StoredUser.of(user);
    }

    public Optional<StoredUser> find(String tenantId, String id) {
        return entity(tenantId, id, LockModeType.NONE).map(StoredUser::of);
    }

    /**
     * Changes a user under a row lock, so concurrent changes of one user apply one after the
     * other. {@code change} sees the current state and returns the new one, or empty when
     * nothing changes (then no version is spent).
     */
    public StoredUser modify(
            String tenantId,
            String id,
            LongPredicate revisionAccepted,
            Function<StoredUser, Optional<UserData>> change) {
        UserEntity user = locked(tenantId, id, revisionAccepted);
        Optional<UserData> changed = change.apply(StoredUser.of(user));
        if (changed.isEmpty()) {
            return StoredUser.of(user);
        }
        UserData data = changed.get();
        boolean wasActive = user.isActive();
        if (!UserEntity.userNameKey(data.fields().userName()).equals(UserEntity.userNameKey(user.getUserName()))) {
            requireUniqueUserName(tenantId, data.fields().userName(), id);
        }
        user.update(data.fields(), data.document(), Timestamps.now());
        if (data.passwordHash() != null) {
            user.setPasswordHash(data.passwordHash());
        }
        replaceValues(user, data.values());
        flushUnique(data.fields().userName());
        if (wasActive != user.isActive()) {
            activityChanged.fire(new UserActivityChanged(tenantId, id, user.isActive()));
        }
        return StoredUser.of(user);
    }

    /** Deletes a user, its values and its group memberships. */
    public void delete(String tenantId, String id, LongPredicate revisionAccepted) {
        UserEntity user = locked(tenantId, id, revisionAccepted);
        deleteValues(user);
        em.createQuery("delete from GroupMember m where m.memberId = :user")
                .setParameter("user", id)
                .executeUpdate();
        em.remove(user);
        deleted.fire(new UserDeleted(tenantId, id));
    }

    /** Summaries of these users of the tenant (unknown ids are left out), in chunked queries. */
    public List<UserSummary> summaries(String tenantId, List<String> userIds) {
        List<UserSummary> summaries = new ArrayList<>();
        for (List<String> chunk : Chunks.of(userIds, 500)) {
            em.createQuery("select u from UserEntity u where u.tenantId = :tenant and u.id in :ids", UserEntity.class)
                    .setParameter("tenant", tenantId)
                    .setParameter("ids", chunk)
                    .getResultList()
                    .forEach(u -> summaries.add(
                            new UserSummary(u.getId(), u.getUserName(), u.getDisplayName(), u.isActive())));
        }
        return summaries;
    }

    /** The user whose userName, or else one of whose email addresses, is this address (ignoring case). */
    public Optional<UserSummary> byUserNameOrEmail(String tenantId, String address) {
        String key = address.toLowerCase(java.util.Locale.ROOT);
        Optional<String> id = em.createQuery(
                        "select u.id from UserEntity u where u.tenantId = :tenant and u.userNameKey = :key",
                        String.class)
                .setParameter("tenant", tenantId)
                .setParameter("key", key)
                .getResultStream()
                .findFirst();
        if (id.isEmpty()) {
            id = em.createQuery(
                            "select v.user.id from UserValue v where v.user.tenantId = :tenant"
                                    + " and v.attr = 'emails' and v.sub = 'value' and v.strKey = :key"
                                    + " order by v.user.id",
                            String.class)
                    .setParameter("tenant", tenantId)
                    .setParameter("key", key)
                    .setMaxResults(1)
                    .getResultStream()
                    .findFirst();
        }
        return id.flatMap(found -> summaries(tenantId, List.of(found)).stream().findFirst());
    }

    /** The groups each of these users (of the tenant) is a direct member of, in one query. */
    public Map<String, List<GroupRef>> groupsOf(String tenantId, List<String> userIds) {
        if (userIds.isEmpty()) {
            return Map.of();
        }
        Map<String, List<GroupRef>> groups = new HashMap<>();
        em.createQuery(
                        "select m.memberId, g.id, g.displayName from GroupMember m, GroupEntity g"
                                + " where m.memberId in :users and g.id = m.groupId and g.tenantId = :tenant"
                                + " order by g.displayNameKey",
                        Object[].class)
                .setParameter("users", userIds)
                .setParameter("tenant", tenantId)
                .getResultList()
                .forEach(row -> groups.computeIfAbsent((String) row[0], k -> new ArrayList<>())
                        .add(new GroupRef((String) row[1], (String) row[2])));
        return groups;
    }

    public Page<StoredUser> search(
            String tenantId, SearchCriteria<UserEntity> criteria, int firstResult, int maxResults) {
        Page<UserEntity> page = CriteriaSearch.page(em, UserEntity.class, tenantId, criteria, firstResult, maxResults);
        return new Page<>(
                page.total(), page.items().stream().map(StoredUser::of).toList());
    }

    private UserEntity locked(String tenantId, String id, LongPredicate revisionAccepted) {
        UserEntity user = entity(tenantId, id, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> ServiceException.notFound("Resource " + id + " not found."));
        if (!revisionAccepted.test(user.getRevision())) {
            throw ServiceException.stale("The resource has changed since the version given in If-Match.");
        }
        return user;
    }

    private Optional<UserEntity> entity(String tenantId, String id, LockModeType lock) {
        if (id == null) {
            return Optional.empty();
        }
        UserEntity user = em.find(UserEntity.class, id, lock);
        return user != null && user.getTenantId().equals(tenantId) ? Optional.of(user) : Optional.empty();
    }

    private void requireUniqueUserName(String tenantId, String userName, String exceptId) {
        List<String> holders = em.createQuery(
                        "select u.id from UserEntity u where u.tenantId = :tenantId and u.userNameKey = :key",
                        String.class)
                .setParameter("tenantId", tenantId)
                .setParameter("key", UserEntity.userNameKey(userName))
                .getResultList();
        if (holders.stream().anyMatch(holder -> !holder.equals(exceptId))) {
            throw duplicate(userName);
        }
    }

    /** Two requests racing past the check meet at the unique key; the loser gets the same 409. */
    private void flushUnique(String userName) {
        try {
            em.flush();
        } catch (PersistenceException e) {
            throw duplicate(userName);
        }
    }

    private static ServiceException duplicate(String userName) {
        return ServiceException.conflict("A user with userName '" + userName + "' exists already.");
    }

    private void writeValues(UserEntity user, List<UserValue.Draft> values) {
        for (UserValue.Draft draft : values) {
            em.persist(new UserValue(user, draft));
        }
    }

    /**
     * Writes only the values that changed. Deleting and inserting them all made each change
     * rewrite a page of the value index per attribute, since its key starts with the
     * attribute: on the embedded H2 every rewritten page goes into the commit's chunk and
     * later through the compaction, and on PostgreSQL each row leaves a dead version.
     */
    private void replaceValues(UserEntity user, List<UserValue.Draft> values) {
        Map<UserValue.Slot, UserValue> stored = new HashMap<>();
        em.createQuery("select v from UserValue v where v.user = :user", UserValue.class)
                .setParameter("user", user)
                .getResultList()
                .forEach(value -> stored.put(value.slot(), value));
        for (UserValue.Draft draft : values) {
            UserValue value = stored.remove(draft.slot());
            if (value == null) {
                em.persist(new UserValue(user, draft));
            } else if (!value.holds(draft)) {
                value.take(draft);
            }
        }
        stored.values().forEach(em::remove);
    }

    private void deleteValues(UserEntity user) {
        em.createQuery("delete from UserValue v where v.user = :user")
                .setParameter("user", user)
                .executeUpdate();
    }
}
