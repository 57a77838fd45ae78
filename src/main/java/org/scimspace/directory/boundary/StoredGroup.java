package org.scimspace.directory.boundary;

import java.time.Instant;

import org.scimspace.directory.entity.GroupEntity;

/** A stored group as read, without its members. */
public record StoredGroup(
        String id,
        String displayName,
        String externalId,
        String document,
        long revision,
        Instant created,
        Instant lastModified) {

    public static StoredGroup of(GroupEntity group) {
        return new StoredGroup(
                group.getId(),
                group.getDisplayName(),
                group.getExternalId(),
                group.getDocument(),
                group.getRevision(),
                group.getCreated(),
                group.getLastModified());
    }
}
