package org.scimspace.common;

import java.util.UUID;

/** Application-assigned identifiers (H2 2.x and EclipseLink disagree on IDENTITY columns). */
public final class Ids {

    private Ids() {}

    public static String newId() {
        return UUID.randomUUID().toString();
    }
}
