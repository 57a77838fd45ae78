package org.scimspace.directory.boundary;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import org.scimspace.database.ScratchDatabase;
import org.scimspace.database.TestDatabase;
import org.scimspace.directory.entity.GroupEntity;
import org.scimspace.directory.entity.GroupMember;
import org.scimspace.directory.entity.MemberType;
import org.scimspace.directory.entity.UserEntity;
import org.scimspace.directory.entity.UserFields;
import org.scimspace.directory.entity.UserValue;

/**
 * The real {@link UserDirectory} and the group entities on an in-memory H2 database with
 * resource-local transactions, for tests that need the queries the server runs. Lives in this package
 * because the directory's entity manager field is package-private.
 */
public final class TestDirectory implements AutoCloseable {

    private static EntityManagerFactory factory;

    private final EntityManager em;
    private final UserDirectory directory = new UserDirectory();

    private TestDirectory() {
        em = factory().createEntityManager();
        directory.em = em;
    }

    /** A directory over an emptied database. */
    public static TestDirectory empty() {
        TestDirectory test = new TestDirectory();
        test.inTransaction(() -> {
            test.em.createQuery("delete from GroupMember").executeUpdate();
            test.em.createQuery("delete from GroupEntity").executeUpdate();
            test.em.createQuery("delete from UserValue").executeUpdate();
            return test.em.createQuery("delete from UserEntity").executeUpdate();
        });
        return test;
    }

    private static synchronized EntityManagerFactory factory() {
        if (factory == null) {
            factory = TestDatabase.entityManagerFactory();
        }
        return factory;
    }

    /** Stores a user with fixed timestamps, so that tests can filter and sort on them. */
    public String create(
            String tenantId,
            UserFields fields,
            String document,
            List<UserValue.Draft> values,
            Instant created,
            Instant lastModified) {
        return inTransaction(() -> {
            String id = directory
                    .create(tenantId, new UserData(fields, document, values, null))
                    .id();
            em.createQuery("update UserEntity u set u.created = :created, u.lastModified = :lastModified"
                            + " where u.id = :id")
                    .setParameter("created", created)
                    .setParameter("lastModified", lastModified)
                    .setParameter("id", id)
                    .executeUpdate();
            return id;
        });
    }

    /** Stores a group with fixed timestamps; its document is not read by searches. */
    public String createGroup(
            String tenantId, String displayName, String externalId, Instant created, Instant lastModified) {
        return inTransaction(() -> {
            GroupEntity group = new GroupEntity(tenantId);
            group.update(displayName, externalId, "{}", lastModified);
            em.persist(group);
            em.flush();
            em.createQuery("update GroupEntity g set g.created = :created where g.id = :id")
                    .setParameter("created", created)
                    .setParameter("id", group.getId())
                    .executeUpdate();
            return group.getId();
        });
    }

    public void addMember(String groupId, String memberId, MemberType type) {
        inTransaction(() -> {
            em.persist(new GroupMember(groupId, memberId, type));
            return null;
        });
    }

    /** Gives a stored user these fields and searchable values (its document unchanged), as a PATCH does. */
    public void modify(String tenantId, String userId, UserFields fields, List<UserValue.Draft> values) {
        inTransaction(() -> directory.modify(
                tenantId,
                userId,
                revision -> true,
                user -> Optional.of(new UserData(fields, user.document(), values, null))));
    }

    /**
     * The user's value rows as "attr/elem/sub=value", sorted; on PostgreSQL each with the
     * transaction that wrote the row's version ({@code xmin}) after " xmin ".
     */
    public List<String> valueRows(String userId) {
        em.clear();
        boolean postgres = TestDatabase.kind() == ScratchDatabase.Kind.POSTGRESQL;
        List<?> rows = em.createNativeQuery(
                        "select attr, elem, sub, coalesce(str_value, cast(num_value as varchar(60)),"
                                + " cast(bool_value as varchar(5)), cast(time_value as varchar(30)))"
                                + (postgres ? ", cast(xmin as varchar(20))" : "")
                                + " from scim_user_value where user_id = ?1")
                .setParameter(1, userId)
                .getResultList();
        return rows.stream()
                .map(row -> (Object[]) row)
                .map(row -> row[0] + "/" + row[1] + "/" + row[2] + "=" + row[3] + (postgres ? " xmin " + row[4] : ""))
                .sorted()
                .toList();
    }

    public Page<GroupEntity> searchGroups(
            String tenantId, SearchCriteria<GroupEntity> criteria, int firstResult, int maxResults) {
        em.clear();
        return CriteriaSearch.page(em, GroupEntity.class, tenantId, criteria, firstResult, maxResults);
    }

    public Page<StoredUser> search(
            String tenantId, SearchCriteria<UserEntity> criteria, int firstResult, int maxResults) {
        em.clear();
        return directory.search(tenantId, criteria, firstResult, maxResults);
    }

    private <T> T inTransaction(Supplier<T> work) {
        em.getTransaction().begin();
        try {
            T result = work.get();
            em.getTransaction().commit();
            return result;
        } finally {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
        }
    }

    @Override
    public void close() {
        em.close();
    }
}
