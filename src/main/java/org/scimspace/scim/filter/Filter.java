package org.scimspace.scim.filter;

/**
 * A parsed SCIM filter (RFC 7644 §3.4.2.2). Plain data: evaluation happens in visitors,
 * in the database through the JPA translator, or in memory for PATCH value paths.
 */
public sealed interface Filter
        permits Filter.And, Filter.Or, Filter.Not, Filter.Compare, Filter.Present, Filter.ValuePath {

    <R> R accept(FilterVisitor<R> visitor);

    /** {@code left and right}. */
    record And(Filter left, Filter right) implements Filter {
        @Override
        public <R> R accept(FilterVisitor<R> visitor) {
            return visitor.visitAnd(this);
        }
    }

    /** {@code left or right}. */
    record Or(Filter left, Filter right) implements Filter {
        @Override
        public <R> R accept(FilterVisitor<R> visitor) {
            return visitor.visitOr(this);
        }
    }

    /** {@code not (filter)}. */
    record Not(Filter filter) implements Filter {
        @Override
        public <R> R accept(FilterVisitor<R> visitor) {
            return visitor.visitNot(this);
        }
    }

    /**
     * {@code path op value}; value is a {@link String}, {@link Boolean},
     * {@link java.math.BigDecimal} or {@code null} (the JSON literal null).
     */
    record Compare(AttributePath path, Operator operator, Object value) implements Filter {
        @Override
        public <R> R accept(FilterVisitor<R> visitor) {
            return visitor.visitCompare(this);
        }
    }

    /** {@code path pr}. */
    record Present(AttributePath path) implements Filter {
        @Override
        public <R> R accept(FilterVisitor<R> visitor) {
            return visitor.visitPresent(this);
        }
    }

    /**
     * {@code path[filter]}: the inner filter applies to one element of the multi-valued
     * attribute {@code path}; its attribute paths name sub-attributes of that element
     * (as {@link AttributePath#attribute()}, urn and subAttribute null).
     */
    record ValuePath(AttributePath path, Filter filter) implements Filter {
        @Override
        public <R> R accept(FilterVisitor<R> visitor) {
            return visitor.visitValuePath(this);
        }
    }
}
