package org.scimspace.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PagingTest {

    @Test
    void requestedPageIsAPositiveNumberOrTheFirst() {
        assertEquals(1, Paging.requested(null));
        assertEquals(1, Paging.requested("0"));
        assertEquals(1, Paging.requested("-3"));
        assertEquals(1, Paging.requested("two"));
        assertEquals(1, Paging.requested("99999999999"));
        assertEquals(7, Paging.requested("7"));
    }

    @Test
    void countsPagesAndOffersPreviousAndNext() {
        Paging middle = new Paging(2, 25, 60);
        assertEquals(3, middle.pages());
        assertEquals(25, middle.firstResult());
        assertTrue(middle.hasPrevious());
        assertTrue(middle.hasNext());
        assertFalse(new Paging(3, 25, 60).hasNext());
        assertEquals(1, new Paging(1, 25, 0).pages(), "an empty list is one empty page");
    }
}
