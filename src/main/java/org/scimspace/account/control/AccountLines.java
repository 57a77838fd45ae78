package org.scimspace.account.control;

import org.scimspace.audit.LogLine;
import org.scimspace.audit.LogType;

/** The provisioning log lines of account changes: always successful, they share the caller's transaction. */
public final class AccountLines {

    /** The actor of changes made on the first start from configuration. */
    public static final String BOOTSTRAP = "bootstrap";

    /** The actor of changes made with the operator token. */
    public static final String OPERATOR = "operator";

    private AccountLines() {}

    public static LogLine line(String tenantId, String actor, String operation, String target) {
        return line(tenantId, actor, operation, target, null);
    }

    public static LogLine line(String tenantId, String actor, String operation, String target, String detail) {
        return new LogLine(tenantId, LogType.ACCOUNT, actor, operation, target, null, null, true, null, null, detail);
    }
}
