package org.scimspace.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * A fixed check of how fast this machine is at the moment, measured before the server starts
 * and written beside the results: the same 2-core machine has run the same commit at half its
 * usual speed (start to ready 41 s instead of 16 s), and without a figure of the machine's own
 * such a run reads as a regression of the code. One core hashing (SHA-256), and appending to a
 * file the way H2 appends a chunk per commit (200 KB writes, no fsync), each the best of three
 * rounds after one that warms up.
 */
final class MachineSpeed {

    private static final int HASHED_MIB = 128;
    private static final int WRITTEN_MIB = 256;
    private static final int WRITE_SIZE = 200 * 1024;
    private static final int ROUNDS = 3;

    /** One round of a check. */
    private interface Round {
        void run() throws IOException;
    }

    private MachineSpeed() {}

    /**
     * A line for the results file: "machine speed (…): SHA-256 on one core 780 MiB/s; appending
     * 200 KB writes to a file under target/ 1,602 MiB/s".
     */
    static String measure(Path dir) {
        return String.format(
                "machine speed (best of %d, before the server starts): SHA-256 on one core %,.0f MiB/s;"
                        + " appending %d KB writes to a file under target/ %,.0f MiB/s",
                ROUNDS, hashing(), WRITE_SIZE / 1024, appending(dir));
    }

    private static double hashing() {
        byte[] block = new byte[1024 * 1024];
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        return bestRate(HASHED_MIB, () -> {
            for (int i = 0; i < HASHED_MIB; i++) {
                digest.update(block);
            }
            block[0] = digest.digest()[0];
        });
    }

    private static double appending(Path dir) {
        Path file = dir.resolve("bench-machine-speed.tmp");
        ByteBuffer chunk = ByteBuffer.allocate(WRITE_SIZE);
        long writes = (long) WRITTEN_MIB * 1024 * 1024 / WRITE_SIZE;
        try {
            Files.createDirectories(dir);
            return bestRate(writes * WRITE_SIZE / 1048576.0, () -> {
                try (FileChannel channel = FileChannel.open(
                        file,
                        StandardOpenOption.CREATE,
                        StandardOpenOption.WRITE,
                        StandardOpenOption.TRUNCATE_EXISTING)) {
                    for (long i = 0; i < writes; i++) {
                        chunk.clear();
                        while (chunk.hasRemaining()) {
                            channel.write(chunk);
                        }
                    }
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                Bench.log("  could not delete " + file + ": " + e);
            }
        }
    }

    /** MiB/s of the fastest of {@link #ROUNDS} rounds, after one that warms up the JIT and caches. */
    private static double bestRate(double mib, Round round) {
        double best = 0;
        try {
            for (int r = 0; r <= ROUNDS; r++) {
                long start = System.nanoTime();
                round.run();
                if (r > 0) {
                    best = Math.max(best, mib / ((System.nanoTime() - start) / 1e9));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return best;
    }
}
