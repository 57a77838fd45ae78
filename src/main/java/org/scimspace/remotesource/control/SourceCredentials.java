package org.scimspace.remotesource.control;

/**
 * What it takes to reach a source's server, secrets decrypted: kept in memory for one
 * connection only, never stored or printed ({@link #toString} names no secret).
 *
 * @param expectedFingerprint {@code SHA256:…}, or null when none is configured yet
 */
public record SourceCredentials(
        String sourceId,
        String host,
        int port,
        String user,
        String password,
        String privateKey,
        String passphrase,
        String expectedFingerprint) {

    @Override
    public String toString() {
        return "SourceCredentials[" + user + "@" + host + ":" + port + ", source " + sourceId + "]";
    }
}
