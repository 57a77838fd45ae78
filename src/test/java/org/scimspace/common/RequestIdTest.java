package org.scimspace.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class RequestIdTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "3f2a1c9e-7b7d-4c55-9a51-0d6f3f1b2c4d",
                "0123456789abcdef0123456789abcdef",
                "Root-1.67891233:abc_DEF",
                "x",
                "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
            })
    void wellFormedIdsAreKept(String id) {
        assertEquals(Optional.of(id), RequestId.wellFormed(id));
        assertEquals(id, RequestId.acceptOrGenerate(id));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(
            strings = {
                "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", // 65
                "two words",
                "line\nbreak",
                "carriage\rreturn",
                "tab\there",
                "quote\"d",
                "<script>",
                "semi;colon",
                "slash/ed",
                "per%cent",
                "équipe",
                "emoji\uD83D\uDE00",
                "nul\u0000",
                " leading-space",
            })
    void anythingElseIsReplacedByANewId(String id) {
        assertEquals(Optional.empty(), RequestId.wellFormed(id));
        String replaced = RequestId.acceptOrGenerate(id);
        assertNotEquals(id, replaced);
        assertTrue(RequestId.wellFormed(replaced).isPresent(), replaced);
    }

    @Test
    void newIdsAreRandomUuidsThatAreThemselvesWellFormed() {
        String first = RequestId.generate();
        String second = RequestId.generate();

        assertNotEquals(first, second);
        assertEquals(4, UUID.fromString(first).version());
        assertEquals(Optional.of(first), RequestId.wellFormed(first));
        assertTrue(first.length() <= RequestId.MAX_LENGTH);
    }

    @Test
    void theCurrentRequestIsBoundToTheThreadUntilItsBindingCloses() throws Exception {
        assertEquals(Optional.empty(), CurrentRequest.currentId());
        assertEquals("", CurrentRequest.logSuffix());

        try (CurrentRequest.Binding outer = CurrentRequest.bind(new CurrentRequest("outer", "10.0.0.1"))) {
            assertEquals(Optional.of("outer"), CurrentRequest.currentId());
            assertEquals(" [request outer]", CurrentRequest.logSuffix());
            AtomicReference<Optional<String>> seenByAnotherThread = new AtomicReference<>();
            Thread other = new Thread(() -> seenByAnotherThread.set(CurrentRequest.currentId()));
            other.start();
            other.join();
            assertEquals(Optional.empty(), seenByAnotherThread.get());
            try (CurrentRequest.Binding inner = CurrentRequest.bind(new CurrentRequest("inner", "10.0.0.2"))) {
                assertEquals("10.0.0.2", CurrentRequest.get().orElseThrow().remoteAddress());
            }
            assertEquals(Optional.of("outer"), CurrentRequest.currentId());
        }
        assertEquals(Optional.empty(), CurrentRequest.currentId());
    }
}
