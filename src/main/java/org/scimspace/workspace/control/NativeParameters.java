package org.scimspace.workspace.control;

import jakarta.persistence.Query;

import java.util.List;

/** Numbered placeholders for a list of values in native SQL, and their binding. */
final class NativeParameters {

    private NativeParameters() {}

    /** {@code ?first, ?first+1, …} for {@code count} values. */
    static String placeholders(int first, int count) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < count; i++) {
            text.append(i == 0 ? "" : ", ").append('?').append(first + i);
        }
        return text.toString();
    }

    static Query bind(Query query, int first, List<?> values) {
        for (int i = 0; i < values.size(); i++) {
            query.setParameter(first + i, values.get(i));
        }
        return query;
    }
}
