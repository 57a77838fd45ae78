package org.scimspace.scim.filter;

/** Visits the nodes of a {@link Filter}. */
public interface FilterVisitor<R> {

    R visitAnd(Filter.And and);

    R visitOr(Filter.Or or);

    R visitNot(Filter.Not not);

    R visitCompare(Filter.Compare compare);

    R visitPresent(Filter.Present present);

    R visitValuePath(Filter.ValuePath valuePath);
}
