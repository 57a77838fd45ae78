package org.scimspace.directory.boundary;

import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;

import org.scimspace.directory.entity.UserEntity;

/**
 * How a search narrows and orders users, as Criteria expressions with bound parameters.
 * The tenant restriction is added by the directory, never by the criteria.
 */
public interface UserCriteria {

    /** The restriction; may add sub-queries to {@code query}. */
    Predicate where(CriteriaBuilder cb, CriteriaQuery<?> query, Root<UserEntity> user);

    /** The sort key, or null for the natural order (creation). */
    default Expression<?> sortKey(CriteriaBuilder cb, Root<UserEntity> user) {
        return null;
    }

    default boolean descending() {
        return false;
    }
}
