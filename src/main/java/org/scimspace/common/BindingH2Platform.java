package org.scimspace.common;

import org.eclipse.persistence.platform.database.H2Platform;

/**
 * EclipseLink's H2 platform with partial parameter binding. The stock platform binds either
 * every literal of a statement or none: one operator it cannot bind, such as the
 * {@code ESCAPE} of a filter's {@code LIKE}, makes it print every literal into the SQL text,
 * and it prints booleans as {@code 1} and {@code 0}, which H2 2.x rejects for a BOOLEAN
 * column. With partial binding each literal that can be bound is, whatever else the
 * statement contains.
 */
public class BindingH2Platform extends H2Platform {

    private static final long serialVersionUID = 1L;

    @Override
    public boolean shouldBindPartialParameters() {
        return true;
    }
}
