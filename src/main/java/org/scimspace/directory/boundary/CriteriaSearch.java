package org.scimspace.directory.boundary;

import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Root;

import java.util.List;

/**
 * One page of a tenant's entities matching some criteria, and the count of all matches:
 * filtering first, then paging, both in the database. The count is a query of its own only
 * when the page does not tell it.
 */
final class CriteriaSearch {

    private CriteriaSearch() {}

    static <E> Page<E> page(
            EntityManager em,
            Class<E> type,
            String tenantId,
            SearchCriteria<E> criteria,
            int firstResult,
            int maxResults) {
        CriteriaBuilder cb = em.getCriteriaBuilder();

        CriteriaQuery<E> query = cb.createQuery(type);
        Root<E> root = query.from(type);
        query.select(root).where(cb.equal(root.get("tenantId"), tenantId), criteria.where(cb, query, root));
        Expression<?> sortKey = criteria.sortKey(cb, root);
        if (sortKey == null) {
            query.orderBy(cb.asc(root.get("created")), cb.asc(root.get("id")));
        } else {
            // RFC 7644 §3.4.2.3: resources without a value come last ascending and first
            // descending, whatever order the database gives nulls (false sorts before true).
            // Not a CASE: EclipseLink cannot bind it, and then binds no literal of the statement.
            Expression<Boolean> missing = cb.isNull(sortKey);
            query.orderBy(
                    criteria.descending() ? cb.desc(missing) : cb.asc(missing),
                    criteria.descending() ? cb.desc(sortKey) : cb.asc(sortKey),
                    cb.asc(root.get("id")));
        }
        List<E> items = maxResults == 0
                ? List.of()
                : em.createQuery(query)
                        .setFirstResult(firstResult)
                        .setMaxResults(maxResults)
                        .getResultList();
        // A short page that is not past the end is the last one: it tells the total, and
        // Entra's lookups (userName eq ..., one or no match) need no second query.
        boolean lastPage = items.size() < maxResults && (firstResult == 0 || !items.isEmpty());
        long total = lastPage ? firstResult + items.size() : count(em, type, tenantId, criteria);
        return new Page<>(total, items);
    }

    private static <E> long count(EntityManager em, Class<E> type, String tenantId, SearchCriteria<E> criteria) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> countQuery = cb.createQuery(Long.class);
        Root<E> counted = countQuery.from(type);
        countQuery
                .select(cb.count(counted))
                .where(cb.equal(counted.get("tenantId"), tenantId), criteria.where(cb, countQuery, counted));
        return em.createQuery(countQuery).getSingleResult();
    }
}
