package org.scimspace.bench;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Collectors;

/**
 * Workload 2: several tenants at once, each at a fixed offered rate (open loop: request i of
 * a tenant is due at start + i / rate whatever happened before, and its latency runs from
 * that due time, so a stalled server shows as latency instead of as fewer requests). The
 * mix: filter GETs (userName, group displayName, Entra's membership check) and user and
 * group PATCHes.
 */
final class SteadyState {

    private static final String W = "2 Steady state";
    private static final int WARM_UP_PER_TENANT = 3_000;

    private SteadyState() {}

    /** One tenant's directory as the mix uses it. */
    private record Directory(Tenant tenant, String[] userIds, String[] groupIds) {}

    /** The kinds of request of the mix, in the order the report lists them. */
    private enum Kind {
        USER_FILTER("user filter"),
        GROUP_FILTER("group filter"),
        MEMBERSHIP_CHECK("membership check"),
        USER_PATCH("user PATCH"),
        MEMBER_PATCH("member PATCH");

        final String label;

        Kind(String label) {
            this.label = label;
        }
    }

    /** A request of the mix and the statuses that count as success. */
    private record Request(Kind kind, String method, String path, String body, int... ok) {}

    static void run(Run run) {
        Scale s = run.scale;
        List<Directory> directories = new ArrayList<>();
        for (int t = 1; t <= s.steadyTenants(); t++) {
            Tenant tenant = run.tenant("bench-steady-" + t);
            String[] userIds = new String[s.steadyUsers()];
            String[] groupIds = new String[s.steadyGroups()];
            Parallel.forEach("steady users", run.loaders, 0, userIds.length, i -> userIds[i] = tenant.createUser(i));
            Parallel.forEach("steady groups", Math.min(8, run.loaders), 0, groupIds.length, g -> {
                groupIds[g] = tenant.createGroup(g);
                List<String> members = new ArrayList<>();
                for (int k = 0; k < s.steadyGroupMembers(); k++) {
                    members.add(userIds[(g * s.steadyGroupMembers() + k) % userIds.length]);
                }
                tenant.scim().expect("PATCH", "/Groups/" + groupIds[g], Entra.addMembers(members), 204, 200);
            });
            directories.add(new Directory(tenant, userIds, groupIds));
        }
        Bench.log(String.format(
                "  %d tenants with %,d users and %d groups of %d members each",
                s.steadyTenants(), s.steadyUsers(), s.steadyGroups(), s.steadyGroupMembers()));

        // warm-up, closed loop, not measured
        Meter warmUp = new Meter();
        Parallel.forEach("steady warm-up", directories.size(), 0, directories.size(), t -> {
            SplittableRandom random = new SplittableRandom(1000 + t);
            for (int k = 0; k < WARM_UP_PER_TENANT; k++) {
                Request request = next(directories.get(t), random);
                warmUp.call(
                        directories.get(t).tenant().scim(),
                        request.method(),
                        request.path(),
                        request.body(),
                        request.ok());
            }
        });

        for (int rate : s.steadyRates()) {
            phase(run, directories, rate);
        }
    }

    private static void phase(Run run, List<Directory> directories, int rate) {
        long seconds = run.scale.steadyPhase().toSeconds();
        int perTenant = (int) (rate * seconds);
        long period = 1_000_000_000L / rate;
        Meter meter = new Meter();
        Map<Kind, Latencies> byKind = new EnumMap<>(Kind.class);
        for (Kind kind : Kind.values()) {
            byKind.put(kind, new Latencies());
        }
        AtomicLong turnedAway = new AtomicLong();
        CountDownLatch answered = new CountDownLatch(perTenant * directories.size());
        long start = System.nanoTime() + 200_000_000L;
        Bench.log(
                String.format("  %d requests/s per tenant on %d tenants for %d s", rate, directories.size(), seconds));
        run.logDatabaseSize("at the start of the phase");
        List<Thread> schedulers = new ArrayList<>();
        for (int t = 0; t < directories.size(); t++) {
            Directory directory = directories.get(t);
            long offset = t * period / directories.size();
            SplittableRandom random = new SplittableRandom(rate * 100L + t);
            Thread scheduler = new Thread(
                    () -> {
                        for (int i = 0; i < perTenant; i++) {
                            long due = start + offset + i * period;
                            long wait;
                            while ((wait = due - System.nanoTime()) > 0) {
                                LockSupport.parkNanos(wait);
                            }
                            Request request = next(directory, random);
                            send(
                                    directory.tenant().scim(),
                                    request,
                                    due,
                                    meter,
                                    byKind.get(request.kind()),
                                    turnedAway,
                                    answered);
                        }
                    },
                    "steady-" + directory.tenant().name());
            schedulers.add(scheduler);
            scheduler.start();
        }
        boolean complete;
        try {
            for (Thread scheduler : schedulers) {
                scheduler.join();
            }
            complete = answered.await(120, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
        run.logDatabaseSize("at the end of the phase");
        long sent = (long) perTenant * directories.size();
        long missing = answered.getCount();
        if (!complete) {
            for (long k = 0; k < missing; k++) {
                meter.error("no answer within 120 s after the phase");
            }
        }
        double achieved = (sent - missing) / (double) seconds;
        String label = String.format("%d/s per tenant × %d, %d s", rate, directories.size(), seconds);
        Report r = run.report;
        long p99 = meter.latencies.percentile(99);
        r.info(W, label + ": p50", Latencies.ms(meter.latencies.percentile(50)));
        if (rate == 25) {
            r.goal(W, label + ": p99", Latencies.ms(p99), "< 20 ms", p99 >= 0 && p99 < 20_000_000L);
        } else {
            r.info(W, label + ": p99", Latencies.ms(p99));
        }
        r.info(
                W,
                label + ": max; answered",
                String.format(
                        "%s; %,d of %,d (%.0f/s in all)",
                        Latencies.ms(meter.latencies.max()), sent - missing, sent, achieved));
        r.info(
                W,
                label + ": p99 by request: "
                        + byKind.keySet().stream().map(k -> k.label).collect(Collectors.joining(" / ")),
                byKind.values().stream()
                        .map(l -> Latencies.ms(l.percentile(99)))
                        .collect(Collectors.joining(" / ")));
        r.goal(W, label + ": errors", Long.toString(meter.errors()), "0", meter.errors() == 0);
        String shed = label + ": turned away (429 with Retry-After, not in the latencies)";
        if (rate == 25) {
            r.goal(W, shed, Long.toString(turnedAway.get()), "0", turnedAway.get() == 0);
        } else {
            r.info(W, shed, String.format("%,d", turnedAway.get()));
        }
    }

    /**
     * Sends at once and records the answer: its latency from the due time, an error, or a
     * request the server turned away (429 with {@code Retry-After}: Entra would retry later).
     */
    private static void send(
            Http scim,
            Request request,
            long due,
            Meter meter,
            Latencies ofKind,
            AtomicLong turnedAway,
            CountDownLatch answered) {
        try {
            scim.sendAsync(request.method(), request.path(), request.body()).whenComplete((reply, failure) -> {
                if (failure == null && reply.status() == 429 && reply.retryAfter() != null) {
                    turnedAway.incrementAndGet();
                    answered.countDown();
                    return;
                }
                long latency = System.nanoTime() - due;
                meter.latencies.add(latency);
                ofKind.add(latency);
                if (failure != null) {
                    meter.error(request.method() + " " + request.path() + ": " + failure);
                } else if (!reply.is(request.ok())) {
                    meter.error(request.method() + " " + request.path() + " -> " + reply.status() + " "
                            + Meter.abbreviate(reply.body()));
                }
                answered.countDown();
            });
        } catch (RuntimeException e) {
            meter.latencies.add(System.nanoTime() - due);
            meter.error(request.method() + " " + request.path() + ": " + e);
            answered.countDown();
        }
    }

    /**
     * The mix: 40 % userName filters, 10 % group displayName filters, 10 % membership checks,
     * 25 % user attribute PATCHes, 15 % group member PATCHes (add or remove one member).
     */
    private static Request next(Directory d, SplittableRandom random) {
        int user = random.nextInt(d.userIds().length);
        int group = random.nextInt(d.groupIds().length);
        int roll = random.nextInt(100);
        if (roll < 40) {
            return new Request(
                    Kind.USER_FILTER,
                    "GET",
                    Entra.userFilter(Entra.userName(user, d.tenant().domain())),
                    null,
                    200);
        }
        if (roll < 50) {
            return new Request(Kind.GROUP_FILTER, "GET", Entra.groupFilter(Entra.groupName(group)), null, 200);
        }
        if (roll < 60) {
            return new Request(
                    Kind.MEMBERSHIP_CHECK,
                    "GET",
                    Entra.membershipFilter(d.groupIds()[group], d.userIds()[user]),
                    null,
                    200);
        }
        if (roll < 85) {
            String[] paths = {"name.familyName", "title", Entra.ENTERPRISE + ":department"};
            String body = Entra.replace(paths[random.nextInt(paths.length)], "Value " + random.nextInt(1_000_000));
            return new Request(Kind.USER_PATCH, "PATCH", "/Users/" + d.userIds()[user], body, 200, 204);
        }
        String body = random.nextBoolean()
                ? Entra.addMembers(List.of(d.userIds()[user]))
                : Entra.removeMember(d.userIds()[user]);
        return new Request(Kind.MEMBER_PATCH, "PATCH", "/Groups/" + d.groupIds()[group], body, 204, 200);
    }
}
