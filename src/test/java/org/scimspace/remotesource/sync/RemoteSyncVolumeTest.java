package org.scimspace.remotesource.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scimspace.workspace.entity.FieldType;

/**
 * A large file end to end on H2: a dry run, the first sync, then a tenth changed, a tenth
 * gone and a tenth new. Prints rows per second and the heap in use. 10,000 rows by default
 * so that the suite stays quick; {@code -Dsync.rows=100000} for the full-size measurement.
 */
class RemoteSyncVolumeTest {

    private static final int ROWS = Integer.getInteger("sync.rows", 10_000);

    @TempDir
    Path dir;

    private SyncWorld world;

    @AfterEach
    void close() {
        world.close();
    }

    @Test
    void syncsALargeFileAndThenItsChanges() {
        world = new SyncWorld(dir);
        String workspace = world.workspace("Members");
        world.profileField(workspace, "Company", FieldType.TEXT, List.of());
        world.profileField(workspace, "Interests", FieldType.CHOICE, List.of("Singing", "Music", "Poetry"));
        String source = world.source("Register");
        world.connect(workspace, source);
        int tenth = ROWS / 10;

        SyncOutcome preview = measure("dry run", () -> world.dryRun(workspace, source, file(0, ROWS, -1)));
        assertEquals(new SyncOutcome(true, ROWS, 0, 0, 0, List.of()), preview);
        SyncOutcome first = measure("first sync", () -> world.sync(workspace, source, file(0, ROWS, -1)));
        assertEquals(new SyncOutcome(true, ROWS, 0, 0, 0, List.of()), first);
        world.log.clear();

        // rows tenth.. are kept, the first tenth changes its company, the last tenth is new
        SyncOutcome second =
                measure("second sync", () -> world.sync(workspace, source, file(tenth, ROWS + tenth, tenth * 2)));
        assertEquals(new SyncOutcome(true, tenth, tenth, tenth, ROWS - 2 * tenth, List.of()), second);
        assertEquals(3L * tenth, world.log.size(), "one log line per change");
    }

    /** Rows {@code from} to {@code to} (exclusive); those below {@code changedBelow} with another company. */
    private String file(int from, int to, int changedBelow) {
        StringBuilder csv = new StringBuilder("ID,Email,First name,Last name,Mobile,Company,Interests\n");
        for (int i = from; i < to; i++) {
            csv.append(i)
                    .append(",person")
                    .append(i)
                    .append("@example.org,First")
                    .append(i)
                    .append(",\"Last, ")
                    .append(i)
                    .append("\",+1 555 ")
                    .append(i)
                    .append(',')
                    .append(i < changedBelow ? "Moved Ltd." : "Company " + (i % 100))
                    .append(",\"Music\nPoetry\"\n");
        }
        return csv.toString();
    }

    private static SyncOutcome measure(String what, java.util.function.Supplier<SyncOutcome> sync) {
        System.gc();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long start = System.nanoTime();
        long cpuStart = threads.getCurrentThreadCpuTime();
        SyncOutcome outcome = sync.get();
        double seconds = (System.nanoTime() - start) / 1e9;
        double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
        Runtime runtime = Runtime.getRuntime();
        // the thread's CPU time too: on a shared machine the wall time says more about the neighbours
        System.out.printf(
                "%s of %,d rows: %.1f s (%,.0f rows/s), %.1f s CPU of this thread (%,.0f rows/s),"
                        + " heap in use %,d MB of %,d MB max%n",
                what,
                ROWS,
                seconds,
                ROWS / seconds,
                cpuSeconds,
                ROWS / cpuSeconds,
                (runtime.totalMemory() - runtime.freeMemory()) >> 20,
                runtime.maxMemory() >> 20);
        return outcome;
    }
}
