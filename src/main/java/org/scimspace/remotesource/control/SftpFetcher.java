package org.scimspace.remotesource.control;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.nio.channels.UnresolvedAddressException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.KeyPair;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

import org.apache.sshd.client.SshClient;
import org.apache.sshd.client.config.hosts.HostConfigEntryResolver;
import org.apache.sshd.client.session.ClientSession;
import org.apache.sshd.client.session.ClientSession.ClientSessionEvent;
import org.apache.sshd.common.keyprovider.KeyIdentityProvider;
import org.apache.sshd.core.CoreModuleProperties;
import org.apache.sshd.sftp.SftpModuleProperties;
import org.apache.sshd.sftp.client.SftpClient;
import org.apache.sshd.sftp.client.SftpClientFactory;
import org.apache.sshd.sftp.common.SftpConstants;
import org.apache.sshd.sftp.common.SftpException;
import org.scimspace.common.ServiceException;

/**
 * Fetches one file from a source's SFTP server with Apache MINA SSHD. The server's host key
 * must have the expected fingerprint before anything else happens: on a mismatch (or with no
 * fingerprint configured) the connection ends before authentication, so no credential is
 * ever sent to a server that is not the expected one. Each fetch has a client of its own,
 * which reads nothing of the machine's SSH configuration (no ~/.ssh keys, config or
 * known_hosts): only what the source says.
 */
public class SftpFetcher {

    private final FetchLimits limits;

    public SftpFetcher(FetchLimits limits) {
        this.limits = limits;
    }

    /**
     * Downloads {@code path} into {@code into} (created or overwritten).
     *
     * @throws FetchFailure saying why, in words for a main user
     */
    public void download(SourceCredentials source, String path, Path into) throws FetchFailure {
        SshClient client = client(source);
        try {
            AtomicReference<String> presented = new AtomicReference<>();
            try (ClientSession session = authenticated(client, source, presented);
                    SftpClient sftp = SftpClientFactory.instance().createSftpClient(session)) {
                copy(sftp, path, into);
            } catch (IOException e) {
                throw failure(e, source, path);
            }
        } finally {
            client.stop();
        }
    }

    /** Connects, checks the host key and (only when it matches) the credentials; reads no file. */
    public ConnectionProbe probe(SourceCredentials source) {
        SshClient client = client(source);
        AtomicReference<String> presented = new AtomicReference<>();
        try (ClientSession session = authenticated(client, source, presented)) {
            return new ConnectionProbe(
                    presented.get(), true, true, "Connected: the host key matches and the credentials were accepted.");
        } catch (FetchFailure e) {
            boolean matches = e.reason() != FetchFailure.Reason.HOST_KEY_MISMATCH
                    && e.reason() != FetchFailure.Reason.NO_FINGERPRINT
                    && presented.get() != null;
            Boolean authenticated = e.reason() == FetchFailure.Reason.AUTHENTICATION ? Boolean.FALSE : null;
            return new ConnectionProbe(presented.get(), matches, authenticated, e.getMessage());
        } catch (IOException e) {
            FetchFailure failure = failure(e, source, null);
            return new ConnectionProbe(presented.get(), presented.get() != null, null, failure.getMessage());
        } finally {
            client.stop();
        }
    }

    private SshClient client(SourceCredentials source) {
        SshClient client = SshClient.setUpDefaultClient();
        client.setHostConfigEntryResolver(HostConfigEntryResolver.EMPTY);
        client.setKeyIdentityProvider(KeyIdentityProvider.EMPTY_KEYS_PROVIDER);
        client.setUserInteraction(null);
        CoreModuleProperties.IO_CONNECT_TIMEOUT.set(client, limits.connect());
        CoreModuleProperties.AUTH_TIMEOUT.set(client, limits.authenticate());
        CoreModuleProperties.NIO2_READ_TIMEOUT.set(client, limits.read().plus(limits.read()));
        CoreModuleProperties.IDLE_TIMEOUT.set(client, limits.read());
        SftpModuleProperties.SFTP_CHANNEL_OPEN_TIMEOUT.set(client, limits.read());
        client.start();
        return client;
    }

    /**
     * A session whose host key is the expected one and that is authenticated. The identities
     * are handed to the session only after the host key check, so none can leave earlier.
     */
    private ClientSession authenticated(SshClient client, SourceCredentials source, AtomicReference<String> presented)
            throws IOException, FetchFailure {
        String expected = source.expectedFingerprint();
        client.setServerKeyVerifier((session, address, key) -> {
            presented.set(HostKeyFingerprint.of(key));
            return HostKeyFingerprint.matches(expected, key);
        });
        ClientSession session = client.connect(source.user(), source.host(), source.port())
                .verify(limits.connect())
                .getSession();
        try {
            Set<ClientSessionEvent> state = session.waitFor(
                    EnumSet.of(ClientSessionEvent.WAIT_AUTH, ClientSessionEvent.CLOSED), limits.connect());
            String seen = presented.get();
            if (expected == null && seen != null) {
                throw new FetchFailure(
                        FetchFailure.Reason.NO_FINGERPRINT,
                        "The source has no expected host key fingerprint yet; the server presented " + seen
                                + ". Confirm it and set it on the source. Nothing was sent.",
                        seen);
            }
            if (seen != null && !seen.equals(expected)) {
                throw new FetchFailure(
                        FetchFailure.Reason.HOST_KEY_MISMATCH,
                        "Host key mismatch: the server presented " + seen + ", the source expects " + expected
                                + ". The connection was refused before sending any credentials.",
                        seen);
            }
            if (!state.contains(ClientSessionEvent.WAIT_AUTH)) {
                throw new FetchFailure(
                        state.contains(ClientSessionEvent.CLOSED)
                                ? FetchFailure.Reason.CONNECT
                                : FetchFailure.Reason.TIMEOUT,
                        state.contains(ClientSessionEvent.CLOSED)
                                ? "The server at " + where(source) + " closed the connection during the key exchange."
                                : "The server at " + where(source) + " did not complete the key exchange within "
                                        + limits.connect().toSeconds() + " s.",
                        seen);
            }
            if (source.password() != null) {
                session.addPasswordIdentity(source.password());
            }
            if (source.privateKey() != null) {
                for (KeyPair pair : PrivateKeys.load(source.privateKey(), source.passphrase())) {
                    session.addPublicKeyIdentity(pair);
                }
            }
            try {
                session.auth().verify(limits.authenticate());
            } catch (IOException e) {
                if (isTimeout(e)) {
                    throw new FetchFailure(
                            FetchFailure.Reason.TIMEOUT,
                            "The server at " + where(source) + " did not answer the authentication within "
                                    + limits.authenticate().toSeconds() + " s.",
                            seen);
                }
                throw new FetchFailure(
                        FetchFailure.Reason.AUTHENTICATION,
                        "Authentication failed: the server did not accept user '" + source.user()
                                + "' with the source's " + credentialKinds(source) + ".",
                        seen);
            }
            return session;
        } catch (FetchFailure | RuntimeException e) {
            session.close(true);
            if (e instanceof ServiceException stored) {
                throw new FetchFailure(FetchFailure.Reason.AUTHENTICATION, stored.getMessage(), presented.get());
            }
            throw e;
        }
    }

    private void copy(SftpClient sftp, String path, Path into) throws IOException, FetchFailure {
        SftpClient.Attributes attributes = sftp.stat(path);
        if (attributes.isDirectory()) {
            throw new FetchFailure(FetchFailure.Reason.NOT_FOUND, "'" + path + "' is a directory, not a file.");
        }
        if (attributes.getSize() > limits.maxBytes()) {
            throw tooLarge(path, attributes.getSize());
        }
        byte[] buffer = new byte[64 * 1024];
        long copied = 0;
        try (InputStream in = sftp.read(path);
                OutputStream out = Files.newOutputStream(
                        into,
                        StandardOpenOption.CREATE,
                        StandardOpenOption.TRUNCATE_EXISTING,
                        StandardOpenOption.WRITE)) {
            for (int read; (read = in.read(buffer)) >= 0; ) {
                copied += read;
                // The size seen first may have grown since: the limit holds for what is read.
                if (copied > limits.maxBytes()) {
                    throw tooLarge(path, copied);
                }
                out.write(buffer, 0, read);
            }
        }
    }

    private FetchFailure tooLarge(String path, long size) {
        return new FetchFailure(
                FetchFailure.Reason.TOO_LARGE,
                "'" + path + "' is larger than the limit of " + limits.maxBytes() + " bytes"
                        + (size > limits.maxBytes() ? " (" + size + " bytes or more)." : "."));
    }

    private FetchFailure failure(IOException e, SourceCredentials source, String path) {
        if (e instanceof SftpException sftp) {
            return switch (sftp.getStatus()) {
                case SftpConstants.SSH_FX_NO_SUCH_FILE, SftpConstants.SSH_FX_NO_SUCH_PATH -> new FetchFailure(
                        FetchFailure.Reason.NOT_FOUND, "File not found on the server: '" + path + "'.");
                case SftpConstants.SSH_FX_PERMISSION_DENIED -> new FetchFailure(
                        FetchFailure.Reason.PERMISSION,
                        "Permission denied: user '" + source.user() + "' may not read '" + path + "'.");
                default -> new FetchFailure(
                        FetchFailure.Reason.OTHER,
                        "The SFTP server refused to read '" + path + "': " + sftp.getMessage());
            };
        }
        Throwable cause = rootCause(e);
        if (cause instanceof UnknownHostException || cause instanceof UnresolvedAddressException) {
            return new FetchFailure(FetchFailure.Reason.CONNECT, "Unknown host '" + source.host() + "'.");
        }
        if (cause instanceof ConnectException || cause instanceof NoRouteToHostException) {
            return new FetchFailure(
                    FetchFailure.Reason.CONNECT, "Cannot connect to " + where(source) + ": " + describe(cause) + ".");
        }
        if (cause instanceof SocketTimeoutException || cause instanceof InterruptedIOException || isTimeout(e)) {
            return new FetchFailure(
                    FetchFailure.Reason.TIMEOUT, "The server at " + where(source) + " did not answer in time.");
        }
        return new FetchFailure(
                FetchFailure.Reason.OTHER, "The connection to " + where(source) + " failed: " + describe(cause) + ".");
    }

    /** SSHD reports its own waits that ran out as a plain SshException ("... within specified timeout"). */
    private static boolean isTimeout(IOException e) {
        return String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT).contains("timeout");
    }

    private static Throwable rootCause(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause;
    }

    private static String describe(Throwable cause) {
        return cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
    }

    private static String where(SourceCredentials source) {
        return source.host() + ":" + source.port();
    }

    private static String credentialKinds(SourceCredentials source) {
        if (source.password() != null && source.privateKey() != null) {
            return "password and private key";
        }
        return source.password() != null ? "password" : "private key";
    }
}
