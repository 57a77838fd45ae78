package org.scimspace.workspace.control;

import java.util.Locale;
import java.util.Optional;

/** Why a member is in a workspace, for filtering the member list. */
public enum MemberSource {
    /** A limit group gives the membership. */
    GROUP,
    /** Somebody added the user by hand. */
    MANUAL,
    /** A person invited by email who is not in the directory. */
    INVITED,
    /** The workspace's remote source lists the user. */
    REMOTE;

    public static Optional<MemberSource> of(String wireName) {
        for (MemberSource source : values()) {
            if (source.name().toLowerCase(Locale.ROOT).equals(wireName)) {
                return Optional.of(source);
            }
        }
        return Optional.empty();
    }
}
