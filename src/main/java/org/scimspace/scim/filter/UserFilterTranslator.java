package org.scimspace.scim.filter;

import jakarta.persistence.criteria.AbstractQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.JoinType;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.scimspace.directory.boundary.SearchCriteria;
import org.scimspace.directory.entity.GroupEntity;
import org.scimspace.directory.entity.GroupMember;
import org.scimspace.directory.entity.UserEntity;
import org.scimspace.directory.entity.UserValue;
import org.scimspace.scim.ScimException;

/**
 * Turns a SCIM filter and sort request for users into {@link SearchCriteria} that the
 * directory runs as one SQL statement: columns are compared directly, {@code groups} through
 * correlated {@code EXISTS} sub-queries over the membership rows, every other attribute
 * through correlated {@code EXISTS} sub-queries over the searchable values, and every
 * literal is a bound parameter. Nothing is filtered in memory, so paging and totals stay
 * exact and the cost stays in the database's indexes.
 *
 * <p>All checking happens in {@link #criteria}, before any query is built, so that a bad
 * filter is a plain {@link ScimException} and never an error from inside the persistence
 * layer.
 *
 * <p>The {@link Predicates} built here serve {@link GroupFilterTranslator} too: users and
 * groups share the {@link Condition} model, so each condition has one translation to SQL.
 */
public final class UserFilterTranslator {

    private UserFilterTranslator() {}

    /**
     * The criteria for a search.
     *
     * @param filter    the parsed filter, or null for all users
     * @param sortBy    the sortBy attribute, or null for the natural order
     * @param sortOrder "ascending" (the default) or "descending", case-insensitive, or null
     * @throws ScimException {@code invalidFilter} for a filter that cannot be evaluated on
     *                       users, {@code invalidValue} for an unusable sortBy or sortOrder
     */
    public static SearchCriteria<UserEntity> criteria(Filter filter, String sortBy, String sortOrder) {
        Condition condition = filter == null ? new Condition.Constant(true) : UserFilterResolver.resolve(filter);
        return new Criteria(condition, UserSort.resolve(sortBy, sortOrder));
    }

    private record Criteria(Condition condition, UserSort sort) implements SearchCriteria<UserEntity> {

        @Override
        public Predicate where(CriteriaBuilder cb, CriteriaQuery<?> query, Root<UserEntity> user) {
            return new Predicates(cb, user).of(condition, query, null);
        }

        @Override
        public Expression<?> sortKey(CriteriaBuilder cb, Root<UserEntity> user) {
            if (sort.column() != null) {
                return column(cb, user, sort.column());
            }
            if (sort.attr() == null) {
                return null;
            }
            // At most one row per user matches the ON clause (it is the whole key but the user),
            // so the join neither drops users without the value nor repeats any.
            Join<UserEntity, UserValue> value = user.join("values", JoinType.LEFT);
            value.on(
                    cb.equal(value.get("attr"), sort.attr()),
                    cb.equal(value.get("sub"), sort.sub()),
                    cb.equal(value.get("elem"), 0));
            return value.get(sort.field());
        }

        @Override
        public boolean descending() {
            return sort.descending();
        }
    }

    /**
     * Builds the predicate of one query over users or groups; the root is the one sub-queries
     * correlate with.
     */
    record Predicates(CriteriaBuilder cb, Root<?> root) {

        /**
         * @param row the row of the enclosing sub-query whose element or membership the row
         *            conditions test: a value row inside a value path, a membership row inside
         *            memberships; or null
         */
        Predicate of(Condition condition, AbstractQuery<?> query, Root<?> row) {
            if (condition instanceof Condition.Constant constant) {
                return constant.matches() ? cb.conjunction() : cb.disjunction();
            }
            if (condition instanceof Condition.And and) {
                return cb.and(of(and.left(), query, row), of(and.right(), query, row));
            }
            if (condition instanceof Condition.Or or) {
                return cb.or(of(or.left(), query, row), of(or.right(), query, row));
            }
            if (condition instanceof Condition.Not not) {
                return cb.not(of(not.condition(), query, row));
            }
            if (condition instanceof Condition.ColumnCompare compare) {
                return columnCompare(compare);
            }
            if (condition instanceof Condition.ColumnPresent present) {
                Expression<String> column = root.get(present.column().field());
                return cb.and(cb.isNotNull(column), cb.notEqual(column, ""));
            }
            if (condition instanceof Condition.Memberships memberships) {
                return memberships(memberships, query);
            }
            if (condition instanceof Condition.MemberCompare compare) {
                return compare(row.get(compare.link().otherField()), compare.operator(), compare.literal());
            }
            if (condition instanceof Condition.MemberTypeIn type) {
                return row.get("memberType").in(type.types());
            }
            if (condition instanceof Condition.MemberDisplayCompare compare) {
                return display(
                        query, row, compare.link(), name -> compare(name, compare.operator(), compare.literal()));
            }
            if (condition instanceof Condition.MemberDisplayPresent present) {
                return display(query, row, present.link(), name -> cb.notEqual(name, ""));
            }
            return values(condition, query, row);
        }

        private Predicate values(Condition condition, AbstractQuery<?> query, Root<?> element) {
            if (condition instanceof Condition.ValueCompare compare) {
                return values(
                        query,
                        element,
                        compare.attr(),
                        compare.sub(),
                        v -> compare(v.get(compare.field()), compare.operator(), compare.literal()));
            }
            if (condition instanceof Condition.ValuePresent present) {
                return values(
                        query,
                        element,
                        present.attr(),
                        present.sub(),
                        v -> cb.or(cb.isNull(v.get("strValue")), cb.notEqual(v.get("strValue"), "")));
            }
            if (condition instanceof Condition.ElementMatch match) {
                Subquery<Integer> elements = query.subquery(Integer.class);
                Root<UserValue> row = elements.from(UserValue.class);
                elements.select(row.get("elem"))
                        .where(
                                cb.equal(row.get("user"), root),
                                cb.equal(row.get("attr"), match.attr()),
                                of(match.inner(), elements, row));
                return cb.exists(elements);
            }
            Condition.SchemaValues schema = (Condition.SchemaValues) condition;
            return values(
                    query,
                    null,
                    null,
                    null,
                    v -> cb.like(v.get("attr"), Literals.likePattern(Operator.SW, schema.urn() + ":")));
        }

        /** EXISTS a membership row with the root at its link end that passes the inner condition. */
        private Predicate memberships(Condition.Memberships memberships, AbstractQuery<?> query) {
            MemberLink link = memberships.link();
            Subquery<String> rows = query.subquery(String.class);
            Root<GroupMember> row = rows.from(GroupMember.class);
            Predicate owned = cb.equal(row.get(link.ownerField()), root.get("id"));
            // A constant inner condition is always true (Condition folds the rest away), and must
            // not reach the sub-query as a predicate.
            rows.select(row.get(link.otherField()))
                    .where(
                            memberships.inner() instanceof Condition.Constant
                                    ? owned
                                    : cb.and(owned, of(memberships.inner(), rows, row)));
            return cb.exists(rows);
        }

        /**
         * The displayName of the resource at the other end of a membership row passes
         * {@code test}: correlated EXISTS over users and groups, joined to the row by id. Ids
         * are unique across users and groups, so the member type need not be consulted.
         */
        private Predicate display(
                AbstractQuery<?> query, Root<?> row, MemberLink link, Function<Expression<String>, Predicate> test) {
            Expression<String> id = row.get(link.otherField());
            Predicate group = named(query, GroupEntity.class, GroupColumn.DISPLAY_NAME, id, test);
            return link.usersAtOtherEnd()
                    ? cb.or(named(query, UserEntity.class, UserColumn.DISPLAY_NAME, id, test), group)
                    : group;
        }

        @SuppressWarnings("unchecked")
        private Predicate named(
                AbstractQuery<?> query,
                Class<?> type,
                ResourceColumn name,
                Expression<String> id,
                Function<Expression<String>, Predicate> test) {
            Subquery<String> resources = query.subquery(String.class);
            Root<?> resource = resources.from(type);
            resources.select(resource.get("id")).where(cb.equal(resource.get("id"), id), test.apply((Expression<String>)
                    column(cb, resource, name)));
            return cb.exists(resources);
        }

        private Predicate columnCompare(Condition.ColumnCompare compare) {
            ResourceColumn column = compare.column();
            Predicate test = compare(column(cb, root, column), compare.operator(), compare.literal());
            // So that "not" of a comparison also matches resources without the value, as for value rows.
            return column.nullable() ? cb.and(cb.isNotNull(root.get(column.field())), test) : test;
        }

        /**
         * EXISTS a value row of the user with that attribute (any, when null) and sub-attribute
         * (any, when null) that passes {@code test}; inside a value path, in the same element.
         */
        private Predicate values(
                AbstractQuery<?> query,
                Root<?> element,
                String attr,
                String sub,
                Function<Root<UserValue>, Predicate> test) {
            Subquery<Integer> rows = query.subquery(Integer.class);
            Root<UserValue> row = rows.from(UserValue.class);
            List<Predicate> where = new ArrayList<>();
            where.add(cb.equal(row.get("user"), root));
            if (element != null) {
                where.add(cb.equal(row.get("attr"), element.get("attr")));
                where.add(cb.equal(row.get("elem"), element.get("elem")));
            } else if (attr != null) {
                where.add(cb.equal(row.get("attr"), attr));
            }
            if (sub != null) {
                where.add(cb.equal(row.get("sub"), sub));
            }
            where.add(test.apply(row));
            rows.select(row.get("elem")).where(where.toArray(Predicate[]::new));
            return cb.exists(rows);
        }

        @SuppressWarnings({"unchecked", "rawtypes"})
        Predicate compare(Expression<?> value, Operator operator, Object literal) {
            Expression<Comparable> ordered = (Expression<Comparable>) value;
            Comparable bound = (Comparable) literal;
            switch (operator) {
                case EQ:
                    return cb.equal(value, literal);
                case CO:
                case SW:
                case EW:
                    return cb.like((Expression<String>) value, Literals.likePattern(operator, (String) literal));
                case GT:
                    return cb.greaterThan(ordered, bound);
                case GE:
                    return cb.greaterThanOrEqualTo(ordered, bound);
                case LT:
                    return cb.lessThan(ordered, bound);
                case LE:
                    return cb.lessThanOrEqualTo(ordered, bound);
                default:
                    throw new IllegalArgumentException("ne is rewritten to not eq before translation");
            }
        }
    }

    /** The column as compared and sorted. */
    static Expression<?> column(CriteriaBuilder cb, Root<?> root, ResourceColumn column) {
        return column.lowerCased() ? cb.lower(root.get(column.field())) : root.get(column.field());
    }
}
