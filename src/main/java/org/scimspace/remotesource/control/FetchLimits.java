package org.scimspace.remotesource.control;

import java.time.Duration;

/**
 * How long a fetch may wait and how much it may take: a server that does not answer, or a
 * file far larger than any member register, ends the run instead of holding it.
 *
 * @param connect TCP connection and key exchange, up to the server's host key
 * @param authenticate the server's answer to our credentials
 * @param read any one wait for the server while transferring (not the whole transfer)
 * @param maxBytes the largest file fetched
 */
public record FetchLimits(Duration connect, Duration authenticate, Duration read, long maxBytes) {

    /** 100,000 participants with a few custom fields are some 20 MB; five times that is plenty. */
    public static final long DEFAULT_MAX_BYTES = 100L * 1024 * 1024;

    public static final FetchLimits DEFAULT =
            new FetchLimits(Duration.ofSeconds(20), Duration.ofSeconds(20), Duration.ofSeconds(60), DEFAULT_MAX_BYTES);
}
