package org.scimspace.remotesource.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scimspace.it.SftpTestServer;

/** The fetcher against a real SFTP server (Apache MINA SSHD) on a loopback port of this JVM. */
class SftpFetcherTest {

    private static final String CSV = "ID,Email,First name,Last name,Mobile\n1,a@example.com,A,B,\n";
    private static SftpTestServer server;

    @TempDir
    Path temp;

    private final SftpFetcher fetcher =
            new SftpFetcher(new FetchLimits(Duration.ofSeconds(5), Duration.ofSeconds(5), Duration.ofSeconds(5), 1024));

    @BeforeAll
    static void startServer() {
        server = SftpTestServer.start();
        server.addPasswordUser("alice", "s3cret-pass");
        server.addKeyUser("bob", "client-ed25519.pub");
        server.addKeyUser("carol", "client-ed25519-encrypted.pub");
        server.addKeyUser("dave", "client-rsa.pub");
        server.write("exports/members.csv", CSV);
        server.write("exports/big.csv", "x".repeat(2000));
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }

    @Test
    void downloadsWithAPassword() throws Exception {
        Path into = temp.resolve("a.csv");
        fetcher.download(
                password("alice", "s3cret-pass", SftpTestServer.HOST_FINGERPRINT), "exports/members.csv", into);
        assertEquals(CSV, Files.readString(into, StandardCharsets.UTF_8));
    }

    @Test
    void downloadsWithPrivateKeysOfEachKind() throws Exception {
        for (SourceCredentials source : new SourceCredentials[] {
            key("bob", "client-ed25519", null),
            key("carol", "client-ed25519-encrypted", "correct horse battery"),
            key("dave", "client-rsa", null)
        }) {
            Path into = temp.resolve(source.user() + ".csv");
            fetcher.download(source, "/exports/members.csv", into);
            assertEquals(CSV, Files.readString(into, StandardCharsets.UTF_8), source.user());
        }
    }

    @Test
    void aWrongHostKeyIsRefusedBeforeAnyCredentialIsSent() {
        int attempts = server.authAttempts();
        FetchFailure refused = assertThrows(
                FetchFailure.class,
                () -> fetcher.download(
                        password("alice", "s3cret-pass", SftpTestServer.OTHER_FINGERPRINT),
                        "exports/members.csv",
                        temp.resolve("x.csv")));
        assertEquals(FetchFailure.Reason.HOST_KEY_MISMATCH, refused.reason());
        assertEquals(SftpTestServer.HOST_FINGERPRINT, refused.presentedFingerprint());
        assertTrue(refused.getMessage().contains(SftpTestServer.HOST_FINGERPRINT), refused.getMessage());
        assertTrue(refused.getMessage().contains(SftpTestServer.OTHER_FINGERPRINT), refused.getMessage());
        assertEquals(attempts, server.authAttempts(), "no authentication was attempted");
        assertFalse(Files.exists(temp.resolve("x.csv")));
    }

    @Test
    void noFingerprintMeansNoConnectionButSaysWhichKeyTheServerHas() {
        int attempts = server.authAttempts();
        FetchFailure refused = assertThrows(
                FetchFailure.class,
                () -> fetcher.download(
                        password("alice", "s3cret-pass", null), "exports/members.csv", temp.resolve("y")));
        assertEquals(FetchFailure.Reason.NO_FINGERPRINT, refused.reason());
        assertTrue(refused.getMessage().contains(SftpTestServer.HOST_FINGERPRINT), refused.getMessage());
        assertEquals(attempts, server.authAttempts());
    }

    @Test
    void wrongCredentialsFailAuthenticationWithoutEchoingThem() {
        FetchFailure wrongPassword = assertThrows(
                FetchFailure.class,
                () -> fetcher.download(
                        password("alice", "not-the-password", SftpTestServer.HOST_FINGERPRINT),
                        "exports/members.csv",
                        temp.resolve("z")));
        assertEquals(FetchFailure.Reason.AUTHENTICATION, wrongPassword.reason());
        assertFalse(wrongPassword.getMessage().contains("not-the-password"));
        assertTrue(wrongPassword.getMessage().contains("'alice'"), wrongPassword.getMessage());
        FetchFailure wrongKey = assertThrows(
                FetchFailure.class,
                () -> fetcher.download(key("alice", "client-ed25519", null), "exports/members.csv", temp.resolve("z")));
        assertEquals(FetchFailure.Reason.AUTHENTICATION, wrongKey.reason());
    }

    @Test
    void aMissingFileADirectoryAndATooLargeFileAreClearFailures() {
        SourceCredentials alice = password("alice", "s3cret-pass", SftpTestServer.HOST_FINGERPRINT);
        FetchFailure missing =
                assertThrows(FetchFailure.class, () -> fetcher.download(alice, "exports/nope.csv", temp.resolve("m")));
        assertEquals(FetchFailure.Reason.NOT_FOUND, missing.reason());
        assertEquals("File not found on the server: 'exports/nope.csv'.", missing.getMessage());
        FetchFailure directory =
                assertThrows(FetchFailure.class, () -> fetcher.download(alice, "exports", temp.resolve("d")));
        assertEquals(FetchFailure.Reason.NOT_FOUND, directory.reason());
        FetchFailure big =
                assertThrows(FetchFailure.class, () -> fetcher.download(alice, "exports/big.csv", temp.resolve("b")));
        assertEquals(FetchFailure.Reason.TOO_LARGE, big.reason());
        assertTrue(big.getMessage().contains("1024 bytes"), big.getMessage());
    }

    @Test
    void aClosedPortIsAConnectFailure() throws IOException {
        int closed;
        try (ServerSocket socket = new ServerSocket(0)) {
            closed = socket.getLocalPort();
        }
        SourceCredentials nowhere = new SourceCredentials(
                "s", "127.0.0.1", closed, "alice", "pw", null, null, SftpTestServer.HOST_FINGERPRINT);
        FetchFailure refused =
                assertThrows(FetchFailure.class, () -> fetcher.download(nowhere, "a.csv", temp.resolve("c")));
        assertEquals(FetchFailure.Reason.CONNECT, refused.reason());
        assertTrue(refused.getMessage().startsWith("Cannot connect to 127.0.0.1:" + closed), refused.getMessage());
    }

    @Test
    void aServerThatNeverSpeaksTimesOut() throws IOException {
        try (ServerSocket silent = new ServerSocket(0)) {
            SftpFetcher impatient = new SftpFetcher(
                    new FetchLimits(Duration.ofSeconds(1), Duration.ofSeconds(1), Duration.ofSeconds(1), 1024));
            SourceCredentials source = new SourceCredentials(
                    "s",
                    "127.0.0.1",
                    silent.getLocalPort(),
                    "alice",
                    "pw",
                    null,
                    null,
                    SftpTestServer.HOST_FINGERPRINT);
            long start = System.nanoTime();
            FetchFailure refused =
                    assertThrows(FetchFailure.class, () -> impatient.download(source, "a.csv", temp.resolve("t")));
            assertTrue(Duration.ofNanos(System.nanoTime() - start).compareTo(Duration.ofSeconds(10)) < 0);
            assertTrue(
                    refused.reason() == FetchFailure.Reason.TIMEOUT || refused.reason() == FetchFailure.Reason.CONNECT,
                    refused.reason() + ": " + refused.getMessage());
        }
    }

    @Test
    void theProbeReportsTheFingerprintAndChecksCredentialsOnlyOnAMatch() {
        ConnectionProbe ok = fetcher.probe(password("alice", "s3cret-pass", SftpTestServer.HOST_FINGERPRINT));
        assertEquals(SftpTestServer.HOST_FINGERPRINT, ok.presentedFingerprint());
        assertTrue(ok.hostKeyMatches());
        assertEquals(Boolean.TRUE, ok.authenticated());

        int attempts = server.authAttempts();
        ConnectionProbe mismatch = fetcher.probe(password("alice", "s3cret-pass", SftpTestServer.OTHER_FINGERPRINT));
        assertEquals(SftpTestServer.HOST_FINGERPRINT, mismatch.presentedFingerprint());
        assertFalse(mismatch.hostKeyMatches());
        assertNull(mismatch.authenticated());
        ConnectionProbe unset = fetcher.probe(password("alice", "s3cret-pass", null));
        assertEquals(SftpTestServer.HOST_FINGERPRINT, unset.presentedFingerprint());
        assertFalse(unset.hostKeyMatches());
        assertEquals(attempts, server.authAttempts());

        ConnectionProbe badPassword = fetcher.probe(password("alice", "nope", SftpTestServer.HOST_FINGERPRINT));
        assertTrue(badPassword.hostKeyMatches());
        assertEquals(Boolean.FALSE, badPassword.authenticated());
    }

    private static SourceCredentials password(String user, String password, String fingerprint) {
        return new SourceCredentials("s", "127.0.0.1", server.port(), user, password, null, null, fingerprint);
    }

    private static SourceCredentials key(String user, String keyFixture, String passphrase) {
        return new SourceCredentials(
                "s",
                "127.0.0.1",
                server.port(),
                user,
                null,
                SftpTestServer.fixture(keyFixture),
                passphrase,
                SftpTestServer.HOST_FINGERPRINT);
    }
}
