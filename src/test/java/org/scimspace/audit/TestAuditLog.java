package org.scimspace.audit;

import jakarta.persistence.EntityManager;

/** The real {@link AuditLog} over a test's entity manager, for tests outside this package. */
public final class TestAuditLog {

    private TestAuditLog() {}

    public static AuditLog on(EntityManager em) {
        AuditLog log = new AuditLog();
        log.em = em;
        return log;
    }
}
