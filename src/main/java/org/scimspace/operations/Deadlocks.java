package org.scimspace.operations;

import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/** The threads of this JVM that wait on each other for ever (monitors and java.util.concurrent locks). */
public final class Deadlocks {

    private Deadlocks() {}

    public static List<String> threadNames(ThreadMXBean threads) {
        long[] ids = threads.findDeadlockedThreads();
        if (ids == null) {
            return List.of();
        }
        return Arrays.stream(threads.getThreadInfo(ids))
                .filter(Objects::nonNull)
                .map(ThreadInfo::getThreadName)
                .sorted()
                .toList();
    }
}
