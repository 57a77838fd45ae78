package org.scimspace.remotesource.sync;

import jakarta.persistence.EntityManager;

/**
 * Makes PostgreSQL plan each of a run's statements for its own values, for the rest of the
 * run's transaction. The driver prepares a statement on the server once it has run a few
 * times, and PostgreSQL then keeps a generic plan made for the tables as they were: a first
 * sync starts on an empty {@code remote_user} and ends with 100,000 rows, and its chunk
 * lookups (500 external ids) and profile-value deletions kept the sequential scans they were
 * planned with while the tables were nearly empty, 0.6–1.0 s a chunk at the end (benchmark
 * workload 6: 190 s for 100,000 rows against about 50 s on H2). Planned anew, each one
 * takes the index once the table is large. {@code SET LOCAL} ends with the transaction, so
 * pooled connections keep the server's setting. Nothing to do on other databases.
 */
final class RunPlans {

    private RunPlans() {}

    static void planEachStatement(EntityManager em, boolean postgres) {
        if (postgres) {
            em.createNativeQuery("set local plan_cache_mode = force_custom_plan")
                    .executeUpdate();
        }
    }
}
