package org.scimspace.it;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.PublicKey;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.sshd.common.config.keys.AuthorizedKeyEntry;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.config.keys.PublicKeyEntryResolver;
import org.apache.sshd.common.digest.BuiltinDigests;
import org.apache.sshd.common.file.virtualfs.VirtualFileSystemFactory;
import org.apache.sshd.common.keyprovider.KeyPairProvider;
import org.apache.sshd.common.util.security.SecurityUtils;
import org.apache.sshd.server.SshServer;
import org.apache.sshd.server.session.ServerSession;
import org.apache.sshd.sftp.server.Handle;
import org.apache.sshd.sftp.server.SftpEventListener;
import org.apache.sshd.sftp.server.SftpSubsystemFactory;

/**
 * A real SFTP server (Apache MINA SSHD) on a random loopback port of the test JVM, serving
 * one directory, with the fixture host key {@code remotesource/host-ed25519}. Users log in
 * with a password or with a public key; it counts every authentication attempt, so tests
 * can tell that nothing was sent, and can make opening a file slow, so that a run lasts.
 */
public final class SftpTestServer implements AutoCloseable {

    /** {@code ssh-keygen -l -E sha256 -f src/test/resources/remotesource/host-ed25519.pub} */
    public static final String HOST_FINGERPRINT = "SHA256:4j7sy7KzqgV369tFLmMBGbxG/Qgtnin4iVvdPAN+CLI";
    /** Another server's key: what a source pinned to some other server expects. */
    public static final String OTHER_FINGERPRINT = "SHA256:K3ROIA1XBj4rH09ENZdGYj0yxrVvoz8/V444Fnc7gQQ";

    private final SshServer server;
    private final Path root;
    private final Map<String, String> passwords = new ConcurrentHashMap<>();
    private final Map<String, PublicKey> keys = new ConcurrentHashMap<>();
    private final AtomicInteger authAttempts = new AtomicInteger();
    private volatile Duration openDelay = Duration.ZERO;

    private SftpTestServer(Path root) {
        this.root = root;
        this.server = SshServer.setUpDefaultServer();
        server.setHost("127.0.0.1");
        server.setPort(0);
        server.setKeyPairProvider(KeyPairProvider.wrap(privateKey("host-ed25519")));
        server.setPasswordAuthenticator((user, password, session) -> {
            authAttempts.incrementAndGet();
            return password.equals(passwords.get(user));
        });
        server.setPublickeyAuthenticator((user, key, session) -> {
            authAttempts.incrementAndGet();
            PublicKey allowed = keys.get(user);
            return allowed != null && KeyUtils.compareKeys(allowed, key);
        });
        server.setKeyboardInteractiveAuthenticator(null);
        SftpSubsystemFactory sftp = new SftpSubsystemFactory();
        sftp.addSftpEventListener(new SftpEventListener() {
            @Override
            public void opening(ServerSession session, String remoteHandle, Handle localHandle) {
                sleep(openDelay);
            }
        });
        server.setSubsystemFactories(List.of(sftp));
        server.setFileSystemFactory(new VirtualFileSystemFactory(root));
    }

    /** Starts a server on a fresh temporary directory. */
    public static SftpTestServer start() {
        try {
            SftpTestServer started = new SftpTestServer(Files.createTempDirectory("scimspace-sftp-"));
            started.server.start();
            return started;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public int port() {
        return server.getPort();
    }

    public void addPasswordUser(String user, String password) {
        passwords.put(user, password);
    }

    /** @param publicKeyResource e.g. {@code client-ed25519.pub} under {@code remotesource/} */
    public void addKeyUser(String user, String publicKeyResource) {
        keys.put(user, publicKey(publicKeyResource));
    }

    /** Writes a file the users can fetch, e.g. {@code exports/members.csv}. */
    public void write(String path, String content) {
        try {
            Path file = root.resolve(path);
            Files.createDirectories(file.getParent());
            Files.writeString(file, content, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void write(String path, byte[] content) {
        try {
            Path file = root.resolve(path);
            Files.createDirectories(file.getParent());
            Files.write(file, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public int authAttempts() {
        return authAttempts.get();
    }

    /** How long opening a file takes from now on. */
    public void openDelay(Duration delay) {
        this.openDelay = delay;
    }

    /** The text of a fixture key, e.g. {@code client-ed25519} (private) or {@code host-ed25519.pub}. */
    public static String fixture(String name) {
        try (InputStream in = SftpTestServer.class.getResourceAsStream("/remotesource/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("No fixture " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String fingerprint(PublicKey key) {
        return KeyUtils.getFingerPrint(BuiltinDigests.sha256, key);
    }

    @Override
    public void close() {
        try {
            server.stop(true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static KeyPair privateKey(String name) {
        try {
            return SecurityUtils.loadKeyPairIdentities(
                            null,
                            () -> name,
                            new java.io.ByteArrayInputStream(fixture(name).getBytes(StandardCharsets.UTF_8)),
                            null)
                    .iterator()
                    .next();
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("Cannot read the fixture key " + name, e);
        }
    }

    private static PublicKey publicKey(String name) {
        try {
            return AuthorizedKeyEntry.parseAuthorizedKeyEntry(fixture(name).strip())
                    .resolvePublicKey(null, PublicKeyEntryResolver.FAILING);
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("Cannot read the fixture key " + name, e);
        }
    }

    private static void sleep(Duration duration) {
        if (duration.isZero()) {
            return;
        }
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
