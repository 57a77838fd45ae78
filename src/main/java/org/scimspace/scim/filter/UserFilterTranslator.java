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
import org.scimspace.directory.entity.UserEntity;
import org.scimspace.directory.entity.UserValue;
import org.scimspace.scim.ScimException;

/**
 * Turns a SCIM filter and sort request for users into {@link SearchCriteria} that the
 * directory runs as one SQL statement: columns are compared directly, every other attribute
 * through correlated {@code EXISTS} sub-queries over the searchable values, and every
 * literal is a bound parameter. Nothing is filtered in memory, so paging and totals stay
 * exact and the cost stays in the database's indexes.
 *
 * <p>All checking happens in {@link #criteria}, before any query is built, so that a bad
 * filter is a plain {@link ScimException} and never an error from inside the persistence
 * layer.
 */
public final class UserFilterTranslator {

    /**
     * Escapes LIKE wildcards in literals. It is the default LIKE escape of H2 and PostgreSQL, and
     * not named in an ESCAPE clause on purpose: EclipseLink cannot bind an ESCAPE clause, and
     * then binds no literal of the whole statement (and prints booleans as 1/0, which H2 2.x
     * rejects).
     */
    private static final char ESCAPE = '\\';

    private UserFilterTranslator() {
    }

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
        UserCondition condition = filter == null ? new UserCondition.Constant(true)
                : UserFilterResolver.resolve(filter);
        return new Criteria(condition, UserSort.resolve(sortBy, sortOrder));
    }

    private record Criteria(UserCondition condition, UserSort sort) implements SearchCriteria<UserEntity> {

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
            value.on(cb.equal(value.get("attr"), sort.attr()), cb.equal(value.get("sub"), sort.sub()),
                    cb.equal(value.get("elem"), 0));
            return value.get(sort.field());
        }

        @Override
        public boolean descending() {
            return sort.descending();
        }
    }

    /** Builds the predicate of one query; the user root is the one sub-queries correlate with. */
    private record Predicates(CriteriaBuilder cb, Root<UserEntity> user) {

        /**
         * @param element the value row of the enclosing value path, whose element the value
         *                conditions must be in; or null
         */
        Predicate of(UserCondition condition, AbstractQuery<?> query, Root<UserValue> element) {
            if (condition instanceof UserCondition.Constant constant) {
                return constant.matches() ? cb.conjunction() : cb.disjunction();
            }
            if (condition instanceof UserCondition.And and) {
                return cb.and(of(and.left(), query, element), of(and.right(), query, element));
            }
            if (condition instanceof UserCondition.Or or) {
                return cb.or(of(or.left(), query, element), of(or.right(), query, element));
            }
            if (condition instanceof UserCondition.Not not) {
                return cb.not(of(not.condition(), query, element));
            }
            if (condition instanceof UserCondition.ColumnCompare compare) {
                return columnCompare(compare);
            }
            if (condition instanceof UserCondition.ColumnPresent present) {
                Expression<String> column = user.get(present.column().field());
                return cb.and(cb.isNotNull(column), cb.notEqual(column, ""));
            }
            if (condition instanceof UserCondition.ValueCompare compare) {
                return values(query, element, compare.attr(), compare.sub(),
                        v -> compare(v.get(compare.field()), compare.operator(), compare.literal()));
            }
            if (condition instanceof UserCondition.ValuePresent present) {
                return values(query, element, present.attr(), present.sub(),
                        v -> cb.or(cb.isNull(v.get("strValue")), cb.notEqual(v.get("strValue"), "")));
            }
            if (condition instanceof UserCondition.ElementMatch match) {
                Subquery<Integer> elements = query.subquery(Integer.class);
                Root<UserValue> row = elements.from(UserValue.class);
                elements.select(row.get("elem")).where(cb.equal(row.get("user"), user),
                        cb.equal(row.get("attr"), match.attr()), of(match.inner(), elements, row));
                return cb.exists(elements);
            }
            UserCondition.SchemaValues schema = (UserCondition.SchemaValues) condition;
            return values(query, null, null, null,
                    v -> cb.like(v.get("attr"), escapeLike(schema.urn() + ":") + "%"));
        }

        private Predicate columnCompare(UserCondition.ColumnCompare compare) {
            UserColumn column = compare.column();
            Predicate test = compare(column(cb, user, column), compare.operator(), compare.literal());
            // So that "not" of a comparison also matches users without the value, as for value rows.
            return column.nullable() ? cb.and(cb.isNotNull(user.get(column.field())), test) : test;
        }

        /**
         * EXISTS a value row of the user with that attribute (any, when null) and sub-attribute
         * (any, when null) that passes {@code test}; inside a value path, in the same element.
         */
        private Predicate values(AbstractQuery<?> query, Root<UserValue> element, String attr, String sub,
                Function<Root<UserValue>, Predicate> test) {
            Subquery<Integer> rows = query.subquery(Integer.class);
            Root<UserValue> row = rows.from(UserValue.class);
            List<Predicate> where = new ArrayList<>();
            where.add(cb.equal(row.get("user"), user));
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
        private Predicate compare(Expression<?> value, Operator operator, Object literal) {
            Expression<Comparable> ordered = (Expression<Comparable>) value;
            Comparable bound = (Comparable) literal;
            switch (operator) {
                case EQ:
                    return cb.equal(value, literal);
                case CO:
                    return cb.like((Expression<String>) value, "%" + escapeLike((String) literal) + "%");
                case SW:
                    return cb.like((Expression<String>) value, escapeLike((String) literal) + "%");
                case EW:
                    return cb.like((Expression<String>) value, "%" + escapeLike((String) literal));
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

    private static Expression<?> column(CriteriaBuilder cb, Root<UserEntity> user, UserColumn column) {
        return column.lowerCased() ? cb.lower(user.get(column.field())) : user.get(column.field());
    }

    private static String escapeLike(String literal) {
        StringBuilder escaped = new StringBuilder(literal.length() + 8);
        for (char c : literal.toCharArray()) {
            if (c == '%' || c == '_' || c == ESCAPE) {
                escaped.append(ESCAPE);
            }
            escaped.append(c);
        }
        return escaped.toString();
    }
}
