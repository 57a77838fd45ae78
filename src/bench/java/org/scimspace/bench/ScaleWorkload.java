package org.scimspace.bench;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Workload 3: a large directory. {@code userName eq} lookups among all users (one client,
 * after a warm-up); adding and removing one member of the big group next to the same on a
 * small group, interleaved so both see the same machine.
 */
final class ScaleWorkload {

    private static final String W = "3 Scale";

    private ScaleWorkload() {}

    static void run(Run run) {
        Scale s = run.scale;
        ScaleTenant scale = run.scaleTenant();
        int users = s.scaleUsers();
        double loadSeconds = scale.ensureUsers(users);
        String big = scale.bigGroupId();
        String small = scale.smallGroupId();
        Report r = run.report;
        if (loadSeconds > 0) {
            r.info(
                    W,
                    String.format("set-up: POST %,d users, %d clients", users, run.loaders),
                    String.format("%.0f s (%,.0f/s)", loadSeconds, users / loadSeconds));
        }

        Http scim = scale.tenant.scim();
        SplittableRandom random = new SplittableRandom(3);
        Meter warmUp = new Meter();
        Meter lookups = new Meter();
        for (int k = 0; k < s.lookups() / 10 + s.lookups(); k++) {
            Meter meter = k < s.lookups() / 10 ? warmUp : lookups;
            int i = random.nextInt(users);
            Http.Reply found =
                    meter.call(scim, "GET", Entra.userFilter(Entra.userName(i, scale.tenant.domain())), null, 200);
            if (found != null && found.is(200) && found.number("totalResults") != 1) {
                meter.error("user " + i + " not found by userName");
            }
        }
        long lookupP50 = lookups.latencies.percentile(50);
        String lookupLabel = String.format("userName eq among %,d users (%,d lookups, 1 client)", users, s.lookups());
        r.goal(W, lookupLabel + ": p50", Latencies.ms(lookupP50), "< 2 ms", lookupP50 >= 0 && lookupP50 < 2_000_000L);
        r.info(W, lookupLabel + ": p99", Latencies.ms(lookups.latencies.percentile(99)));

        Meter bigAdd = new Meter();
        Meter bigRemove = new Meter();
        Meter smallAdd = new Meter();
        Meter smallRemove = new Meter();
        Meter warm = new Meter();
        int warmRounds = Math.max(5, s.memberRounds() / 10);
        for (int round = 0; round < warmRounds + s.memberRounds(); round++) {
            boolean measured = round >= warmRounds;
            // a user in neither group
            String userId = scale.userId(s.bigGroup() + random.nextInt(users - s.bigGroup()));
            for (List<Object> target : List.of(
                    List.of(big, measured ? bigAdd : warm, measured ? bigRemove : warm),
                    List.of(small, measured ? smallAdd : warm, measured ? smallRemove : warm))) {
                String path = "/Groups/" + target.get(0);
                ((Meter) target.get(1)).call(scim, "PATCH", path, Entra.addMembers(List.of(userId)), 204, 200);
                ((Meter) target.get(2)).call(scim, "PATCH", path, Entra.removeMember(userId), 204, 200);
            }
        }
        ratio(r, "add one member", bigAdd, smallAdd, s);
        ratio(r, "remove one member", bigRemove, smallRemove, s);
        long errors = warmUp.errors()
                + lookups.errors()
                + warm.errors()
                + bigAdd.errors()
                + bigRemove.errors()
                + smallAdd.errors()
                + smallRemove.errors();
        r.goal(W, "errors", Long.toString(errors), "0", errors == 0);
    }

    private static void ratio(Report r, String what, Meter big, Meter small, Scale s) {
        long bigP50 = big.latencies.percentile(50);
        long smallP50 = small.latencies.percentile(50);
        double ratio = smallP50 > 0 ? bigP50 / (double) smallP50 : Double.NaN;
        r.goal(
                W,
                String.format(
                        "%s, p50: %,d-member group / %d-member group (%d rounds)",
                        what, s.bigGroup(), s.smallGroup(), s.memberRounds()),
                String.format("%s / %s = %.2f×", Latencies.ms(bigP50), Latencies.ms(smallP50), ratio),
                "≤ 1.5×",
                ratio <= 1.5);
    }
}
