package org.scimspace.directory.boundary;

import java.time.Instant;

import org.scimspace.directory.entity.UserEntity;

/** A stored user as read: its id, document and version data. */
public record StoredUser(
        String id, String document, long revision, Instant created, Instant lastModified, boolean active) {

    public static StoredUser of(UserEntity user) {
        return new StoredUser(
                user.getId(),
                user.getDocument(),
                user.getRevision(),
                user.getCreated(),
                user.getLastModified(),
                user.isActive());
    }
}
