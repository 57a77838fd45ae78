package org.scimspace.common;

import java.util.Optional;

/** Reads the secret of an {@code Authorization: Bearer …} header. */
public final class BearerToken {

    private static final String SCHEME = "bearer ";

    private BearerToken() {}

    public static Optional<String> of(String authorizationHeader) {
        if (authorizationHeader == null
                || authorizationHeader.length() <= SCHEME.length()
                || !authorizationHeader.regionMatches(true, 0, SCHEME, 0, SCHEME.length())) {
            return Optional.empty();
        }
        String secret = authorizationHeader.substring(SCHEME.length()).trim();
        return secret.isEmpty() ? Optional.empty() : Optional.of(secret);
    }
}
