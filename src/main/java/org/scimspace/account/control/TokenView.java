package org.scimspace.account.control;

import java.time.Instant;

import org.scimspace.account.entity.AccessToken;

/** What may be shown of a stored token: never its secret. */
public record TokenView(String id, Instant created, Instant lastUsed) {

    public static TokenView of(AccessToken token) {
        return new TokenView(token.getId(), token.getCreated(), token.getLastUsed());
    }
}
