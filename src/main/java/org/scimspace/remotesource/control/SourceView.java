package org.scimspace.remotesource.control;

import java.time.Instant;

/** A remote source as shown: never its secrets, only whether they are set. */
public record SourceView(
        String id,
        String name,
        String host,
        int port,
        String user,
        String hostKeyFingerprint,
        boolean hasPassword,
        boolean hasPrivateKey,
        boolean hasPassphrase,
        long connectedWorkspaces,
        Instant created,
        Instant updated) {}
