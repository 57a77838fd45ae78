package org.scimspace.workspace.control;

import java.time.Instant;

/**
 * One group limit with the group it names, if Entra has provisioned it (else pending), its
 * size and when Entra last changed it (stale dynamic groups show here, product rule 8).
 */
public record LimitView(
        String objectId,
        String groupId,
        String displayName,
        boolean pending,
        Long memberCount,
        Instant lastChangedByEntra) {}
