package org.scimspace.remotesource.sync;

import java.util.List;

/**
 * What a sync did (or, for a dry run or a failed validation, would have done). A file that
 * fails validation has {@code errors} and all counts zero: nothing was changed.
 *
 * @param errors line-numbered messages, at most the first 100 ("line 7: duplicate ID 12345")
 */
public record SyncOutcome(
        boolean succeeded, int created, int updated, int removed, int unchanged, List<String> errors) {

    public static SyncOutcome failed(List<String> errors) {
        return new SyncOutcome(false, 0, 0, 0, 0, List.copyOf(errors));
    }
}
