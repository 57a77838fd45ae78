package org.scimspace.directory.boundary;

import java.util.List;

/**
 * One change of a group's member set, in the order the client asked for them. Each costs
 * database work in proportion to the ids it names, whatever the size of the group (apart
 * from {@link RemoveAll} and {@link ReplaceAll}, which concern every member by nature).
 */
public sealed interface MembershipChange {

    /** Adds members; present ones stay as they are. */
    record Add(List<String> ids) implements MembershipChange {
        public Add {
            ids = List.copyOf(ids);
        }
    }

    /** Removes members; absent ones are ignored. */
    record Remove(List<String> ids) implements MembershipChange {
        public Remove {
            ids = List.copyOf(ids);
        }
    }

    /** Removes every member. */
    record RemoveAll() implements MembershipChange {}

    /** Makes the member set exactly these ids. */
    record ReplaceAll(List<String> ids) implements MembershipChange {
        public ReplaceAll {
            ids = List.copyOf(ids);
        }
    }
}
