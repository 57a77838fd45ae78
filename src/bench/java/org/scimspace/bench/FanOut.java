package org.scimspace.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Workload 4: membership fan-out into workspaces. A user in many connected workspaces is
 * deactivated (and reactivated) by Entra's PATCH; a workspace's limits are set to the big
 * group and back.
 */
final class FanOut {

    private static final String W = "4 Workspace fan-out";
    private static final Duration LONG = Duration.ofMinutes(60);

    private FanOut() {}

    static void run(Run run) {
        deactivation(run);
        bigLimits(run);
    }

    private static void deactivation(Run run) {
        Scale s = run.scale;
        Tenant tenant = run.tenant("bench-fanout");
        int workspaces = s.fanoutWorkspaces();
        String userId = tenant.createUser(0);
        List<String> workspaceIds = new ArrayList<>();
        for (int i = 0; i < workspaces; i++) {
            String groupId = tenant.createGroup(i);
            List<String> members = List.of(userId, tenant.createUser(2 * i + 1), tenant.createUser(2 * i + 2));
            tenant.scim().expect("PATCH", "/Groups/" + groupId, Entra.addMembers(members), 204, 200);
            String workspaceId = tenant.management()
                    .expect("POST", "/workspaces", "{\"name\":\"Fan-out " + i + "\"}", 201)
                    .string("id");
            tenant.management()
                    .expect(
                            "PUT",
                            "/workspaces/" + workspaceId + "/group-limits",
                            "[\"" + tenant.groupObjectId(i) + "\"]",
                            200);
            workspaceIds.add(workspaceId);
        }
        long errors = memberCounts(tenant, workspaceIds, 3);
        Meter deactivate = new Meter();
        Meter reactivate = new Meter();
        for (int round = 0; round < s.fanoutRounds(); round++) {
            deactivate.call(tenant.scim(), "PATCH", "/Users/" + userId, Entra.active(false), 200, 204);
            if (round == 0) {
                errors += memberCounts(tenant, workspaceIds, 2);
            }
            reactivate.call(tenant.scim(), "PATCH", "/Users/" + userId, Entra.active(true), 200, 204);
            if (round == 0) {
                errors += memberCounts(tenant, workspaceIds, 3);
            }
        }
        errors += deactivate.errors() + reactivate.errors();
        Report r = run.report;
        String label =
                String.format("deactivate a user in %d connected workspaces (%d times)", workspaces, s.fanoutRounds());
        r.info(
                W,
                label,
                String.format(
                        "p50 %s, max %s",
                        Latencies.ms(deactivate.latencies.percentile(50)), Latencies.ms(deactivate.latencies.max())));
        r.info(
                W,
                "reactivate the same user",
                String.format(
                        "p50 %s, max %s",
                        Latencies.ms(reactivate.latencies.percentile(50)), Latencies.ms(reactivate.latencies.max())));
        r.goal(
                W,
                "deactivation: errors (unexpected answers; wrong member counts)",
                Long.toString(errors),
                "0",
                errors == 0);
    }

    private static void bigLimits(Run run) {
        int size = run.scale.bigGroup();
        ScaleTenant scale = run.scaleTenant();
        String objectId = scale.bigGroupObjectId();
        Http management = scale.tenant.management();
        String workspaceId = management
                .expect("POST", "/workspaces", "{\"name\":\"Big limits\"}", 201)
                .string("id");
        String path = "/workspaces/" + workspaceId + "/group-limits";

        long start = System.nanoTime();
        Http.Reply set = management.send("PUT", path, "[\"" + objectId + "\"]", LONG);
        long setNanos = System.nanoTime() - start;
        long errors = set.is(200) ? 0 : 1;
        long joined = memberCount(management, workspaceId);
        if (joined != size) {
            Bench.log("  expected " + size + " members after the limit, found " + joined);
            errors++;
        }

        start = System.nanoTime();
        Http.Reply cleared = management.send("PUT", path, "[]", LONG);
        long clearNanos = System.nanoTime() - start;
        errors += cleared.is(200) ? 0 : 1;
        long left = memberCount(management, workspaceId);
        if (left != 0) {
            Bench.log("  expected no members after removing the limit, found " + left);
            errors++;
        }
        Report r = run.report;
        r.info(
                W,
                String.format("set a workspace's limits to a %,d-member group", size),
                String.format("%.2f s", setNanos / 1e9));
        r.info(W, "remove that limit again (all leave)", String.format("%.2f s", clearNanos / 1e9));
        r.goal(W, "limits: errors (answers; member counts)", Long.toString(errors), "0", errors == 0);
    }

    /** The workspaces whose member count is not {@code expected}. */
    private static long memberCounts(Tenant tenant, List<String> workspaceIds, long expected) {
        long wrong = 0;
        for (String workspaceId : workspaceIds) {
            long count = memberCount(tenant.management(), workspaceId);
            if (count != expected) {
                Bench.log("  workspace " + workspaceId + ": " + count + " members, expected " + expected);
                wrong++;
            }
        }
        return wrong;
    }

    private static long memberCount(Http management, String workspaceId) {
        return management.expect("GET", "/workspaces/" + workspaceId, null, 200).number("memberCount");
    }
}
