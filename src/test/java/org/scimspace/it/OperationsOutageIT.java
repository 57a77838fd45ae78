package org.scimspace.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.CookieManager;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.h2.tools.Server;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.scimspace.common.RequestId;

/**
 * Operations on a server of this test's own, started as {@code run.sh} starts it (at the root
 * context) but with its H2 database behind a TCP server in this JVM, which the test stops
 * and starts again: readiness, 500 answers and the server log during a database outage;
 * request ids on Payara's own endpoints; refused authentication in the server log. It also
 * works on one SCIM request at a time ({@code scimspace.scim.max-concurrent-requests=1}), so
 * that a request past that limit can be shown its 429.
 */
class OperationsOutageIT {

    private static final String JSON = "application/json";
    private static final String ADMIN_PASSWORD = "operations-it-admin-password";
    private static final Duration WAIT = Duration.ofSeconds(90);

    private static Path dataDir;
    private static int databasePort;
    private static Server database;
    private static PayaraProcess server;

    @BeforeAll
    static void startServerOnADatabaseThatCanBeStopped() throws Exception {
        Path parent = Files.createDirectories(PayaraProcess.buildDirectory().resolve("it-data"));
        dataDir = Files.createTempDirectory(parent, "OperationsOutageIT-");
        try (ServerSocket socket = new ServerSocket(0)) {
            databasePort = socket.getLocalPort();
        }
        startDatabase();
        Path postBoot = dataDir.resolve("post-boot-h2-tcp.asadmin");
        // As post-boot-h2.asadmin, but over TCP, and validating connections: a database that
        // comes back gives the pool new connections instead of broken ones.
        Files.writeString(
                postBoot,
                "create-jdbc-connection-pool --datasourceclassname=org.h2.jdbcx.JdbcDataSource"
                        + " --restype=javax.sql.DataSource --steadypoolsize=2 --maxpoolsize=32"
                        + " --isconnectvalidatereq=true --validationmethod=table --validationtable=DUAL"
                        + " --failconnection=true"
                        + " --property=url=jdbc\\:h2\\:tcp\\://localhost\\:" + databasePort
                        + "/scimspace;WRITE_DELAY\\=0;LOCK_TIMEOUT\\=10000:user=scimspace:password=scimspace"
                        + " ScimspacePool\n"
                        + "create-jdbc-resource --connectionpoolid=ScimspacePool jdbc/scimspace\n");
        server = PayaraProcess.start(
                "OperationsOutageIT",
                dataDir,
                Map.of(
                        "scimspace.bootstrap.api.token", ItSettings.apiToken(),
                        "scimspace.bootstrap.scim.token", ItSettings.scimToken(),
                        "scimspace.operator.token", ItSettings.operatorToken(),
                        "scimspace.bootstrap.admin.password", ADMIN_PASSWORD,
                        "scimspace.scim.max-concurrent-requests", "1"),
                postBoot);
    }

    @AfterAll
    static void stopAll() {
        if (server != null) {
            server.close();
        }
        if (database != null) {
            database.stop();
        }
    }

    @Test
    void payaraEndpointsAndTheConsoleCarryTheRequestIdAtTheRootContext() {
        Http anonymous = new Http(server.baseUrl(), null);
        for (String path :
                List.of("/health", "/health/ready", "/health/live", "/metrics", "/openapi", "/login.xhtml")) {
            String id = "root-" + UUID.randomUUID();
            Http.Reply reply = anonymous.send("GET", path, null, null, RequestId.HEADER, id);
            assertEquals(200, reply.status(), () -> path + ": " + reply);
            assertEquals(id, reply.header(RequestId.HEADER), path);
        }
        Http.Reply toLogin =
                anonymous.send("GET", "/console/account/settings.xhtml", null, null, RequestId.HEADER, "anon-1");
        assertEquals(302, toLogin.status(), toLogin::toString);
        assertTrue(toLogin.header("Location").endsWith("/login.xhtml"), toLogin.header("Location"));
        assertEquals("anon-1", toLogin.header(RequestId.HEADER), "sent before any servlet filter runs");
    }

    @Test
    void aScimRequestPastTheConcurrencyLimitIsAnswered429AndTheHeldPlaceIsGivenBack() throws Exception {
        Http scim = Tenants.newScimAccount(server.baseUrl() + "/");
        String user = "{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:User\"],"
                + "\"userName\":\"slow-upload@contoso.example\",\"active\":true}";
        byte[] body = user.getBytes(StandardCharsets.UTF_8);
        URI base = URI.create(server.baseUrl());
        try (Socket slow = new Socket(base.getHost(), base.getPort())) {
            slow.setSoTimeout(60_000);
            OutputStream out = slow.getOutputStream();
            // headers and half the body: the server works on it, waiting for the rest
            out.write(("POST /scim/v2/Users HTTP/1.1\r\nHost: " + base.getHost() + "\r\nAuthorization: Bearer "
                            + scim.token() + "\r\nContent-Type: application/scim+json\r\nContent-Length: "
                            + body.length + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.write(body, 0, body.length / 2);
            out.flush();

            Http.Reply turnedAway = awaitStatus(scim, 429);
            assertEquals("1", turnedAway.header("Retry-After"), turnedAway::toString);
            assertNotNull(turnedAway.header(RequestId.HEADER), "the request id filter runs first");
            assertTrue(turnedAway.header("Content-Type").startsWith("application/scim+json"), turnedAway::toString);
            Map<String, Object> error = turnedAway.json();
            assertEquals(List.of("urn:ietf:params:scim:api:messages:2.0:Error"), error.get("schemas"));
            assertEquals("429", error.get("status"));

            out.write(body, body.length / 2, body.length - body.length / 2);
            out.flush();
            String answer = new String(slow.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(answer.startsWith("HTTP/1.1 201"), answer);
        }
        Http.Reply after = scim.get("/Users?filter="
                + URLEncoder.encode("userName eq \"slow-upload@contoso.example\"", StandardCharsets.UTF_8));
        assertEquals(200, after.status(), "the place is free again: " + after);
        assertEquals(1, ((Number) after.json().get("totalResults")).intValue(), after::toString);
        assertLogged("", "SCIM requests turned away with 429 (more than 1 at once");
    }

    /** Repeats a cheap SCIM read until it is answered {@code status} (at most 30 s). */
    private static Http.Reply awaitStatus(Http scim, int status) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        Http.Reply reply;
        do {
            reply = scim.get("/ServiceProviderConfig");
        } while (reply.status() != status && System.nanoTime() < deadline);
        assertEquals(status, reply.status(), reply::toString);
        return reply;
    }

    @Test
    void refusedAuthenticationIsLoggedWithRequestIdAddressAndTypeButNeverTheSecret() throws Exception {
        String scimSecret = "scim_" + UUID.randomUUID().toString().replace("-", "") + "SCIMSECRET";
        String managementSecret = "mgmt_" + UUID.randomUUID().toString().replace("-", "") + "MGMTSECRET";
        String operatorSecret = "operator-" + UUID.randomUUID() + "-OPERATORSECRET";
        String scimId = "auth-scim-" + UUID.randomUUID();
        String managementId = "auth-mgmt-" + UUID.randomUUID();
        String operatorId = "auth-operator-" + UUID.randomUUID();
        String revokedId = "auth-revoked-" + UUID.randomUUID();
        String consoleId = "auth-console-" + UUID.randomUUID();

        assertEquals(401, scimCall(scimSecret, scimId).status());
        assertEquals(
                401,
                new Http(server.baseUrl() + "/api/v1", managementSecret)
                        .send("GET", "/account", null, null, RequestId.HEADER, managementId)
                        .status());
        assertEquals(
                401,
                new Http(server.baseUrl() + "/api/v1", operatorSecret)
                        .send("GET", "/tenants", null, null, RequestId.HEADER, operatorId)
                        .status());
        Http account = Tenants.newAccount(server.baseUrl() + "/");
        Tenants.enableScim(account);
        Map<String, Object> issued =
                account.send("POST", "/account/scim-tokens", null, null).json();
        String revokedSecret = (String) issued.get("token");
        assertEquals(
                204, account.delete("/account/scim-tokens/" + issued.get("id")).status());
        assertEquals(401, scimCall(revokedSecret, revokedId).status());
        assertTrue(failedConsoleLogin("admin", "wrong-" + ADMIN_PASSWORD, consoleId)
                .contains("Unknown login or wrong password"));

        assertLogged(scimId, "Refused SCIM request: a scim_ token that matches no live token");
        assertLogged(managementId, "Refused management API request: a mgmt_ token that matches no live token");
        assertLogged(operatorId, "Refused operator API request: the bearer token is not the operator token");
        assertLogged(revokedId, "Refused SCIM request: scim_ token " + issued.get("id") + " of account ");
        assertLogged(consoleId, "Refused console login of 'admin': unknown login or wrong password");
        String log = server.log();
        for (String secret : List.of(scimSecret, managementSecret, operatorSecret, revokedSecret, ADMIN_PASSWORD)) {
            assertFalse(log.contains(secret.substring(5)), "a secret reached the log");
        }
    }

    @Test
    void whileTheDatabaseIsDownReadinessIsDownAndErrorsNameTheirRequestId() throws Exception {
        Http health = new Http(server.baseUrl() + "/health", null);
        Http scim = Tenants.newScimAccount(server.baseUrl() + "/");
        Http api = new Http(server.baseUrl() + "/api/v1", ItSettings.apiToken());
        assertEquals(200, health.get("/ready").status());
        database.stop();
        try {
            Http.Reply notReady = await(() -> health.get("/ready"), reply -> reply.status() == 503);
            assertTrue(notReady.body().contains("\"name\":\"database\",\"status\":\"DOWN\""), notReady::toString);
            long start = System.nanoTime();
            assertEquals(503, health.get("/ready").status());
            Duration answeredIn = Duration.ofNanos(System.nanoTime() - start);
            assertTrue(answeredIn.compareTo(Duration.ofSeconds(10)) < 0, "answered in " + answeredIn);
            Http.Reply live = health.get("/live");
            assertEquals(200, live.status(), "the server itself is fine: " + live);

            String scimId = "outage-scim-" + UUID.randomUUID();
            Http.Reply scimError = scim.send("GET", "/Users?count=1", null, null, RequestId.HEADER, scimId);
            assertEquals(500, scimError.status(), scimError::toString);
            assertEquals(scimId, scimError.header(RequestId.HEADER));
            assertEquals(
                    "The server could not complete the request. Request id: " + scimId + ".",
                    scimError.json().get("detail"));
            assertNoInternals(scimError);

            String apiId = "outage-api-" + UUID.randomUUID();
            Http.Reply apiError = api.send("GET", "/workspaces", null, null, RequestId.HEADER, apiId);
            assertEquals(500, apiError.status(), apiError::toString);
            assertEquals("application/problem+json", apiError.header("Content-Type"));
            assertEquals(apiId, apiError.json().get("requestId"));
            assertTrue(((String) apiError.json().get("detail")).contains(apiId));
            assertNoInternals(apiError);

            assertLogged(scimId, "Unexpected failure of a SCIM request [request " + scimId + "]");
            assertLogged(apiId, "Unexpected failure of a management API request [request " + apiId + "]");
            assertTrue(server.log().contains("The database does not answer"), "the outage is logged once");
        } finally {
            startDatabase();
        }
        await(() -> health.get("/ready"), reply -> reply.status() == 200);
        Http.Reply again = scim.get("/Users?count=1");
        assertEquals(200, again.status(), again::toString);
        assertTrue(server.log().contains("The database answers again"));
    }

    private static void startDatabase() throws SQLException {
        database = Server.createTcpServer(
                        "-tcpPort", Integer.toString(databasePort), "-ifNotExists", "-baseDir", dataDir.toString())
                .start();
    }

    private static Http.Reply scimCall(String secret, String requestId) {
        return new Http(server.baseUrl() + "/scim/v2", secret)
                .send("GET", "/Users", null, null, RequestId.HEADER, requestId);
    }

    private static void assertNoInternals(Http.Reply reply) {
        for (String internal : List.of("Exception", "\tat ", "org.h2", "jdbc", "SQL", "eclipse")) {
            assertFalse(reply.body().contains(internal), () -> internal + " in " + reply);
        }
    }

    /** The server log has a line with the request id and the text; log lines arrive a little late. */
    private static void assertLogged(String requestId, String text) {
        String line = await(
                () -> server.log()
                        .lines()
                        .filter(l -> l.contains(requestId) && l.contains(text))
                        .findFirst()
                        .orElse(null),
                found -> found != null);
        if (line.contains("Refused")) {
            assertTrue(line.contains("[request " + requestId + ", from 127.0.0.1]"), line);
        }
    }

    private static <T> T await(Supplier<T> attempt, java.util.function.Predicate<T> done) {
        long deadline = System.nanoTime() + WAIT.toNanos();
        T last = attempt.get();
        while (!done.test(last)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Still not done after " + WAIT + ": " + last);
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
            last = attempt.get();
        }
        return last;
    }

    /** Posts the console's login form as a browser does; answers the page shown after. */
    private static String failedConsoleLogin(String login, String password, String requestId)
            throws IOException, InterruptedException {
        HttpClient browser = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        String page = browser.send(
                        HttpRequest.newBuilder(URI.create(server.baseUrl() + "/login.xhtml"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();
        Matcher viewState = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"")
                .matcher(page);
        assertTrue(viewState.find(), page);
        String form = String.join(
                "&",
                field("login", "login"),
                field("login:username", login),
                field("login:password", password),
                field("login:submit", "Log in"),
                field("jakarta.faces.ViewState", viewState.group(1)));
        HttpResponse<String> answer = browser.send(
                HttpRequest.newBuilder(URI.create(server.baseUrl() + "/login.xhtml"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .header(RequestId.HEADER, requestId)
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, answer.statusCode(), answer::body);
        assertNotNull(answer.headers().firstValue(RequestId.HEADER).orElse(null));
        return answer.body();
    }

    private static String field(String name, String value) {
        return URLEncoder.encode(name, StandardCharsets.UTF_8) + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
