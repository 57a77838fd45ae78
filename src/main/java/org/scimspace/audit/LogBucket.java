package org.scimspace.audit;

import java.time.Instant;

/** How many lines of a tenant's log succeeded (changes) and failed (errors) in one time bucket. */
public record LogBucket(Instant start, long changes, long errors) {

    public long total() {
        return changes + errors;
    }
}
