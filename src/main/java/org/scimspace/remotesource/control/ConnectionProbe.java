package org.scimspace.remotesource.control;

/**
 * What a connection test found. Credentials are tried only when the server's host key is
 * the expected one, so {@code authenticated} is null otherwise.
 *
 * @param presentedFingerprint the server's host key fingerprint, null when it was not reached
 * @param message what a main user should know, in a sentence
 */
public record ConnectionProbe(
        String presentedFingerprint, boolean hostKeyMatches, Boolean authenticated, String message) {}
