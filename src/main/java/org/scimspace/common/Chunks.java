package org.scimspace.common;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a list into consecutive pieces of at most {@code size} elements: IN lists and
 * multi-row statements stay within what every database and driver takes.
 */
public final class Chunks {

    private Chunks() {}

    public static <T> List<List<T>> of(List<T> items, int size) {
        List<List<T>> chunks = new ArrayList<>();
        for (int start = 0; start < items.size(); start += size) {
            chunks.add(items.subList(start, Math.min(items.size(), start + size)));
        }
        return chunks;
    }
}
