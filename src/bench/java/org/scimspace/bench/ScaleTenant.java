package org.scimspace.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The large directory, built on demand and shared by workloads 3, 4 and 5: users {@code 0..n}
 * (set-up over HTTP with many clients, not measured), a big group holding the first
 * {@code bigGroup} users and a small one holding the first {@code smallGroup}.
 */
final class ScaleTenant {

    private static final int PATCH_MEMBERS = 100;
    private static final int DISK_CHECK_EVERY = 1_000;

    final Tenant tenant;
    private final Run run;
    private final String[] userIds;
    private final AtomicInteger created = new AtomicInteger();
    private int loaded;
    private String bigGroupId;
    private String smallGroupId;

    ScaleTenant(Run run, Tenant tenant) {
        this.run = run;
        this.tenant = tenant;
        this.userIds = new String[Math.max(run.scale.scaleUsers(), run.scale.footprintUsers())];
    }

    int loaded() {
        return loaded;
    }

    String userId(int i) {
        return userIds[i];
    }

    /** Loads users until there are {@code n}; answers the seconds it took (0 when nothing was needed). */
    double ensureUsers(int n) {
        if (loaded >= n) {
            return 0;
        }
        long start = System.nanoTime();
        Bench.log(String.format(
                "  loading users %,d..%,d into %s with %d clients (set-up, not measured)",
                loaded, n, tenant.name(), run.loaders));
        Parallel.forEach("load users", run.loaders, loaded, n, i -> {
            if (i % DISK_CHECK_EVERY == 0 && Bench.freeGiB(run.dataDir) < run.minFreeGiB) {
                throw new IllegalStateException(String.format(
                        "stopped loading at user %,d: less than %d GiB left on the disk (database %,.0f MiB)",
                        i, run.minFreeGiB, run.databaseBytes() / 1048576.0));
            }
            userIds[i] = tenant.createUser(i);
            if (created.incrementAndGet() == run.scale.footprintUsers()) {
                run.sampleFootprint();
            }
        });
        loaded = n;
        Bench.log(String.format(
                "  %,d users loaded; database now %,.0f MiB, %,.0f GiB free",
                n, run.databaseBytes() / 1048576.0, Bench.freeGiB(run.dataDir)));
        return (System.nanoTime() - start) / 1e9;
    }

    /** The group of the first {@code bigGroup} users (Entra's member PATCHes of 100, set-up). */
    String bigGroupId() {
        if (bigGroupId == null) {
            int size = run.scale.bigGroup();
            ensureUsers(size);
            bigGroupId = tenant.createGroup(0);
            fill(bigGroupId, size, "fill big group");
        }
        return bigGroupId;
    }

    String bigGroupObjectId() {
        bigGroupId();
        return tenant.groupObjectId(0);
    }

    String smallGroupId() {
        if (smallGroupId == null) {
            int size = run.scale.smallGroup();
            ensureUsers(size);
            smallGroupId = tenant.createGroup(1);
            fill(smallGroupId, size, "fill small group");
        }
        return smallGroupId;
    }

    private void fill(String groupId, int size, String label) {
        int chunks = (size + PATCH_MEMBERS - 1) / PATCH_MEMBERS;
        long start = System.nanoTime();
        // one client: changes of one group queue on its row anyway
        Parallel.forEach(label, 1, 0, chunks, c -> {
            List<String> ids = new ArrayList<>(
                    Arrays.asList(userIds).subList(c * PATCH_MEMBERS, Math.min(size, (c + 1) * PATCH_MEMBERS)));
            tenant.scim().expect("PATCH", "/Groups/" + groupId, Entra.addMembers(ids), 204, 200);
        });
        Bench.log(String.format("  %s: %,d members in %.1f s", label, size, (System.nanoTime() - start) / 1e9));
    }
}
