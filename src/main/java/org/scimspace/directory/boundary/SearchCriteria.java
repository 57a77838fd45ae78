package org.scimspace.directory.boundary;

import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;

/**
 * How a search narrows and orders entities of type {@code E}, as Criteria expressions with
 * bound parameters. The tenant restriction is added by the directory, never by the criteria.
 */
public interface SearchCriteria<E> {

    /** The restriction; may add sub-queries to {@code query}. */
    Predicate where(CriteriaBuilder cb, CriteriaQuery<?> query, Root<E> root);

    /** The sort key, or null for the natural order (creation). */
    default Expression<?> sortKey(CriteriaBuilder cb, Root<E> root) {
        return null;
    }

    default boolean descending() {
        return false;
    }
}
