package org.scimspace.console;

/**
 * One page of a console list: which page (from 1), how many per page and how many in all,
 * for "page 2 of 7" and the previous / next links. A page past the end shows the last.
 */
public record Paging(int page, int size, long total) {

    /** The page asked for in a request parameter; anything but a positive number is page 1. */
    public static int requested(String parameter) {
        if (parameter == null || !parameter.matches("\\d{1,6}")) {
            return 1;
        }
        return Math.max(1, Integer.parseInt(parameter));
    }

    public int firstResult() {
        return (page - 1) * size;
    }

    public long pages() {
        return Math.max(1, (total + size - 1) / size);
    }

    public boolean hasPrevious() {
        return page > 1;
    }

    public boolean hasNext() {
        return page < pages();
    }

    public int previous() {
        return page - 1;
    }

    public int next() {
        return page + 1;
    }
}
