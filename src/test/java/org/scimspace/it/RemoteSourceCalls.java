package org.scimspace.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.scimspace.common.Json;

/**
 * The management API calls of remote sources that tests on Payara and on WildFly share:
 * a password source on a {@link SftpTestServer}, a workspace's connection, "sync now" and
 * the counts of a run.
 */
public final class RemoteSourceCalls {

    private static final String JSON = "application/json";

    private RemoteSourceCalls() {}

    /** A source that logs in to the test server with a password and pins its host key. */
    public static Map<String, Object> passwordSource(String name, int port, String user, String password) {
        Map<String, Object> source = new LinkedHashMap<>();
        source.put("name", name);
        source.put("host", "127.0.0.1");
        source.put("port", port);
        source.put("user", user);
        source.put("password", password);
        source.put("hostKeyFingerprint", SftpTestServer.HOST_FINGERPRINT);
        return source;
    }

    public static Http.Reply createSource(Http api, Map<String, Object> source) {
        return api.send("POST", "/remote-sources", Json.write(source), JSON);
    }

    /** The new source's id. */
    public static String sourceId(Http api, Map<String, Object> source) {
        Http.Reply created = createSource(api, source);
        assertEquals(201, created.status(), created::toString);
        return (String) created.json().get("id");
    }

    /** @param minutes the schedule's interval; 0 for "only on demand" */
    public static Http.Reply connectReply(Http api, String workspace, String source, String path, int minutes) {
        return api.send(
                "PUT",
                "/workspaces/" + workspace + "/remote-source",
                Json.write(Map.of("sourceId", source, "path", path, "intervalMinutes", minutes)),
                JSON);
    }

    public static Map<String, Object> connect(Http api, String workspace, String source, String path, int minutes) {
        Http.Reply connected = connectReply(api, workspace, source, path, minutes);
        assertEquals(200, connected.status(), connected::toString);
        return connected.json();
    }

    /** "Sync now", which answers with the finished run. */
    public static Map<String, Object> syncNow(Http api, String workspace, boolean dryRun) {
        Http.Reply run = api.send(
                "POST",
                "/workspaces/" + workspace + "/remote-source/sync" + (dryRun ? "?dryRun=true" : ""),
                null,
                null);
        assertEquals(200, run.status(), run::toString);
        return run.json();
    }

    /** "Sync now" as it is answered: the finished run, or the refusal. */
    public static Http.Reply syncNowReply(Http api, String workspace) {
        return api.send("POST", "/workspaces/" + workspace + "/remote-source/sync", null, null);
    }

    /** Makes these calls at the same moment, each on a thread of its own; their replies in the same order. */
    public static List<Http.Reply> atOnce(List<Callable<Http.Reply>> calls) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(calls.size());
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Http.Reply>> sent = new ArrayList<>();
            for (Callable<Http.Reply> call : calls) {
                sent.add(pool.submit(() -> {
                    go.await();
                    return call.call();
                }));
            }
            go.countDown();
            List<Http.Reply> replies = new ArrayList<>();
            for (Future<Http.Reply> reply : sent) {
                replies.add(reply.get());
            }
            return replies;
        } finally {
            pool.shutdownNow();
        }
    }

    /** A run's created, updated, removed and unchanged counts. */
    public static List<Integer> counts(Map<String, Object> run) {
        return List.of(
                ((Number) run.get("created")).intValue(),
                ((Number) run.get("updated")).intValue(),
                ((Number) run.get("removed")).intValue(),
                ((Number) run.get("unchanged")).intValue());
    }
}
