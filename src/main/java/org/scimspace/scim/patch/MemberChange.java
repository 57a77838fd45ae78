package org.scimspace.scim.patch;

import java.util.List;

/**
 * One change to a group's membership, read from a PATCH request. Members are kept apart
 * from the group's tree because a group may have hundreds of thousands of them: each change
 * names only the ids it touches, so the caller can run it as O(k) SQL instead of loading
 * the member list. Ids are our SCIM ids as sent, distinct and in request order; whether
 * each is a user or a group is for the caller to look up.
 */
public sealed interface MemberChange {

    /** Adds the ids that are not members yet; present ones are left alone (Entra retries). */
    record Add(List<String> ids) implements MemberChange {
        public Add {
            ids = List.copyOf(ids);
        }
    }

    /** Removes the ids that are members; absent ones are no error (Entra retries). */
    record Remove(List<String> ids) implements MemberChange {
        public Remove {
            ids = List.copyOf(ids);
        }
    }

    /** Empties the group. */
    record RemoveAll() implements MemberChange {
    }

    /** Makes exactly these ids the members; an empty list empties the group. */
    record ReplaceAll(List<String> ids) implements MemberChange {
        public ReplaceAll {
            ids = List.copyOf(ids);
        }
    }
}
