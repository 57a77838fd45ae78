package org.scimspace.remotesource.control;

/**
 * A remote source as a main user enters it. The descriptive fields replace what is stored;
 * the secrets are kept when null (not given), removed when empty, replaced otherwise. A
 * passphrase belongs to the private key given with it.
 */
public record SourceInput(
        String name,
        String host,
        Integer port,
        String user,
        String hostKeyFingerprint,
        String password,
        String privateKey,
        String passphrase) {

    @Override
    public String toString() {
        return "SourceInput[" + name + ", " + user + "@" + host + ":" + port + "]";
    }
}
