package org.scimspace.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.digest.BuiltinDigests;
import org.apache.sshd.common.file.virtualfs.VirtualFileSystemFactory;
import org.apache.sshd.common.keyprovider.KeyPairProvider;
import org.apache.sshd.server.SshServer;
import org.apache.sshd.sftp.server.SftpSubsystemFactory;

/**
 * A real SFTP server (Apache MINA SSHD) in the driver's JVM on a random loopback port,
 * serving one directory to one password user, with a host key made for the run: what a
 * customer's SFTP server is to a remote source.
 */
final class SftpServer implements AutoCloseable {

    /** SSHD logs each session at INFO through SLF4J into java.util.logging: kept quiet. */
    private static final Logger SSHD_LOG = Logger.getLogger("org.apache.sshd");

    private final SshServer server;
    private final String fingerprint;

    private SftpServer(SshServer server, String fingerprint) {
        this.server = server;
        this.fingerprint = fingerprint;
    }

    static SftpServer start(Path root, String user, String password) {
        SSHD_LOG.setLevel(Level.WARNING);
        try {
            Files.createDirectories(root);
            KeyPair hostKey = KeyUtils.generateKeyPair(KeyPairProvider.ECDSA_SHA2_NISTP256, 256);
            SshServer server = SshServer.setUpDefaultServer();
            server.setHost("127.0.0.1");
            server.setPort(0);
            server.setKeyPairProvider(KeyPairProvider.wrap(hostKey));
            server.setPasswordAuthenticator((name, given, session) -> user.equals(name) && password.equals(given));
            server.setKeyboardInteractiveAuthenticator(null);
            server.setSubsystemFactories(List.of(new SftpSubsystemFactory()));
            server.setFileSystemFactory(new VirtualFileSystemFactory(root));
            server.start();
            return new SftpServer(server, KeyUtils.getFingerPrint(BuiltinDigests.sha256, hostKey.getPublic()));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start the SFTP server", e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot make the SFTP server's host key", e);
        }
    }

    int port() {
        return server.getPort();
    }

    /** {@code SHA256:…}, as a remote source pins it. */
    String fingerprint() {
        return fingerprint;
    }

    @Override
    public void close() {
        try {
            server.stop(true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
