package org.scimspace.scim.filter;

import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;

import org.scimspace.directory.boundary.SearchCriteria;
import org.scimspace.directory.entity.GroupEntity;
import org.scimspace.scim.ScimException;

/**
 * Turns a SCIM filter and sort request for groups into {@link SearchCriteria} that the
 * directory runs as one SQL statement, as {@link UserFilterTranslator} does for users:
 * columns of the group row are compared directly, and {@code members} through correlated
 * {@code EXISTS} sub-queries over the membership rows, so that a group of 100,000 members
 * is never loaded to be filtered and Entra's membership probe
 * {@code id eq "g" and members[value eq "u"]} is one indexed lookup.
 *
 * <p>All checking happens in {@link #criteria}, before any query is built, so that a bad
 * filter is a plain {@link ScimException} and never an error from inside the persistence
 * layer.
 */
public final class GroupFilterTranslator {

    private GroupFilterTranslator() {}

    /**
     * The criteria for a search.
     *
     * @param filter    the parsed filter, or null for all groups
     * @param sortBy    the sortBy attribute, or null for the natural order
     * @param sortOrder "ascending" (the default) or "descending", case-insensitive, or null
     * @throws ScimException {@code invalidFilter} for a filter that cannot be evaluated on
     *                       groups, {@code invalidValue} for an unusable sortBy or sortOrder
     */
    public static SearchCriteria<GroupEntity> criteria(Filter filter, String sortBy, String sortOrder) {
        Condition condition = filter == null ? new Condition.Constant(true) : GroupFilterResolver.resolve(filter);
        return new Criteria(condition, GroupSort.resolve(sortBy, sortOrder));
    }

    private record Criteria(Condition condition, GroupSort sort) implements SearchCriteria<GroupEntity> {

        @Override
        public Predicate where(CriteriaBuilder cb, CriteriaQuery<?> query, Root<GroupEntity> group) {
            return new UserFilterTranslator.Predicates(cb, group).of(condition, query, null);
        }

        @Override
        public Expression<?> sortKey(CriteriaBuilder cb, Root<GroupEntity> group) {
            return sort.column() == null ? null : UserFilterTranslator.column(cb, group, sort.column());
        }

        @Override
        public boolean descending() {
            return sort.descending();
        }
    }
}
