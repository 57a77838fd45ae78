package org.scimspace.remotesource.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Runs of one source take turns on this server; runs of different sources do not wait for each other. */
class SourceTurnsTest {

    private final SourceTurns turns = new SourceTurns();
    private final ExecutorService pool = Executors.newFixedThreadPool(2);
    private final CountDownLatch firstIsIn = new CountDownLatch(1);
    private final CountDownLatch firstMayGo = new CountDownLatch(1);

    @AfterEach
    void stop() {
        firstMayGo.countDown();
        pool.shutdownNow();
    }

    @Test
    void aSecondRunOfTheSameSourceWaitsForTheFirst() throws Exception {
        Future<String> first = pool.submit(() -> turns.inTurn("source", this::holdTheTurn));
        firstIsIn.await(5, TimeUnit.SECONDS);
        Future<String> second = pool.submit(() -> turns.inTurn("source", () -> "second"));
        Thread.sleep(200);
        assertFalse(second.isDone(), "waits while the first one works");
        firstMayGo.countDown();
        assertEquals("first", first.get(5, TimeUnit.SECONDS));
        assertEquals("second", second.get(5, TimeUnit.SECONDS));
        assertEquals("again", turns.inTurn("source", () -> "again"), "the turn is free once both left");
    }

    @Test
    void anotherSourcesRunDoesNotWait() throws Exception {
        Future<String> first = pool.submit(() -> turns.inTurn("source", this::holdTheTurn));
        firstIsIn.await(5, TimeUnit.SECONDS);
        assertEquals(
                "other", pool.submit(() -> turns.inTurn("other", () -> "other")).get(5, TimeUnit.SECONDS));
        firstMayGo.countDown();
        assertEquals("first", first.get(5, TimeUnit.SECONDS));
    }

    private String holdTheTurn() {
        firstIsIn.countDown();
        try {
            firstMayGo.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return "first";
    }
}
