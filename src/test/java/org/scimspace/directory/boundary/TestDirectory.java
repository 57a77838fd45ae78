package org.scimspace.directory.boundary;

import org.scimspace.directory.entity.UserEntity;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;

import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;

import org.scimspace.directory.entity.UserFields;
import org.scimspace.directory.entity.UserValue;

/**
 * The real {@link UserDirectory} on an in-memory H2 database with resource-local
 * transactions, for tests that need the queries the server runs. Lives in this package
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
            test.em.createQuery("delete from UserValue").executeUpdate();
            return test.em.createQuery("delete from UserEntity").executeUpdate();
        });
        return test;
    }

    private static synchronized EntityManagerFactory factory() {
        if (factory == null) {
            factory = Persistence.createEntityManagerFactory("scimspace-test");
        }
        return factory;
    }

    /** Stores a user with fixed timestamps, so that tests can filter and sort on them. */
    public String create(String tenantId, UserFields fields, String document, List<UserValue.Draft> values,
            Instant created, Instant lastModified) {
        return inTransaction(() -> {
            String id = directory.create(tenantId, new UserData(fields, document, values, null)).id();
            em.createQuery("update UserEntity u set u.created = :created, u.lastModified = :lastModified"
                    + " where u.id = :id").setParameter("created", created).setParameter("lastModified", lastModified)
                    .setParameter("id", id).executeUpdate();
            return id;
        });
    }

    public Page<StoredUser> search(String tenantId, SearchCriteria<UserEntity> criteria, int firstResult, int maxResults) {
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
