package org.scimspace.workspace.control;

import jakarta.persistence.Query;

import java.util.List;

/** Numbered placeholders for a list of values in native SQL, and their binding. */
public final class NativeParameters {

    private NativeParameters() {}

    /** {@code ?first, ?first+1, …} for {@code count} values. */
    public static String placeholders(int first, int count) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < count; i++) {
            text.append(i == 0 ? "" : ", ").append('?').append(first + i);
        }
        return text.toString();
    }

    /** A boolean column as the database's driver answers it (H2 a Boolean, some drivers a number). */
    public static boolean bool(Object column) {
        return Boolean.TRUE.equals(column) || (column instanceof Number number && number.intValue() == 1);
    }

    public static Query bind(Query query, int first, List<?> values) {
        for (int i = 0; i < values.size(); i++) {
            query.setParameter(first + i, values.get(i));
        }
        return query;
    }
}
