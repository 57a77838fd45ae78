package org.scimspace.bench;

import java.time.Duration;

/**
 * The sizes of one run. {@code full} is the numbers; {@code smoke} checks the
 * harness in a few minutes and measures nothing worth keeping.
 */
record Scale(
        String name,
        // 1. Entra initial cycle
        int cycleUsers,
        int cycleGroups,
        int cycleMemberships,
        int cycleClients,
        // 2. steady state, per tenant
        int steadyTenants,
        int steadyUsers,
        int steadyGroups,
        int steadyGroupMembers,
        int[] steadyRates,
        Duration steadyPhase,
        // 3. scale
        int scaleUsers,
        int bigGroup,
        int smallGroup,
        int lookups,
        int memberRounds,
        // 4. fan-out
        int fanoutWorkspaces,
        int fanoutRounds,
        // 5. footprint
        int footprintUsers,
        // 6. remote source sync: rows of the CSV file
        int remoteRows) {

    /**
     * The same sizes with another number of users for workload 3 ({@code bench.scaleUsers}):
     * loading a million users over HTTP takes longer than some runs can wait. The member
     * PATCHes add users outside the big group, so there must be more users than it holds.
     */
    Scale withScaleUsers(int users) {
        if (users <= bigGroup) {
            throw new IllegalArgumentException(
                    "bench.scaleUsers must be more than the big group's " + bigGroup + " members, not " + users);
        }
        return new Scale(
                name,
                cycleUsers,
                cycleGroups,
                cycleMemberships,
                cycleClients,
                steadyTenants,
                steadyUsers,
                steadyGroups,
                steadyGroupMembers,
                steadyRates,
                steadyPhase,
                users,
                bigGroup,
                smallGroup,
                lookups,
                memberRounds,
                fanoutWorkspaces,
                fanoutRounds,
                footprintUsers,
                remoteRows);
    }

    static Scale of(String name) {
        return switch (name) {
            case "full" -> new Scale(
                    "full",
                    10_000,
                    200,
                    50_000,
                    8,
                    3,
                    1_000,
                    20,
                    50,
                    new int[] {25, 250},
                    Duration.ofSeconds(60),
                    1_000_000,
                    100_000,
                    10,
                    5_000,
                    200,
                    50,
                    20,
                    100_000,
                    100_000);
            case "smoke" -> new Scale(
                    "smoke",
                    200,
                    10,
                    1_000,
                    8,
                    3,
                    100,
                    5,
                    20,
                    new int[] {25, 250},
                    Duration.ofSeconds(5),
                    10_000,
                    1_000,
                    10,
                    500,
                    30,
                    5,
                    5,
                    10_000,
                    1_000);
            default -> throw new IllegalArgumentException("bench.scale must be full or smoke, not " + name);
        };
    }
}
