package org.scimspace.workspace.entity;

import java.util.Locale;
import java.util.Optional;

/** What a member may do in a workspace. SCIM always adds participants (product rule 3). */
public enum Role {
    PARTICIPANT,
    ADMIN;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Role> of(String wireName) {
        for (Role role : values()) {
            if (role.wireName().equalsIgnoreCase(wireName)) {
                return Optional.of(role);
            }
        }
        return Optional.empty();
    }
}
