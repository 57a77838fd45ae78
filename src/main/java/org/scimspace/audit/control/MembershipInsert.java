package org.scimspace.audit.control;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import org.scimspace.audit.LogType;
import org.scimspace.audit.entity.LogEntry;

/**
 * Many MEMBERSHIP lines in one multi-row INSERT with bound values. Native SQL because a
 * persisted entity per user would keep 100,000 objects in the persistence context until
 * commit. The values are fitted to their columns here as {@link LogEntry} fits its own.
 */
public final class MembershipInsert {

    private static final String COLUMNS = "INSERT INTO " + LogEntry.TABLE
            + " (id, tenant_id, time, type, actor, operation, target, user_id, workspace_id, success, status,"
            + " scim_type, detail, request_id) VALUES ";
    private static final int SHARED_VALUES = 8;
    private static final int VALUES_PER_ROW = 3;

    private final String tenantId;
    private final Instant time;
    private final long micros;
    private final String actor;
    private final String workspaceId;
    private final String operation;
    private final String reason;
    private final String requestId;

    /**
     * @param time the time of every line
     * @param requestId the HTTP request that made the change, or null
     */
    public MembershipInsert(
            String tenantId,
            Instant time,
            String actor,
            String workspaceId,
            String operation,
            String reason,
            String requestId) {
        this.tenantId = tenantId;
        this.time = time;
        // bound as the InstantMicros converter stores it, which native SQL bypasses
        this.micros = ChronoUnit.MICROS.between(Instant.EPOCH, time);
        this.actor = LogText.required(actor, LogEntry.ACTOR_LENGTH);
        this.workspaceId = LogText.fit(workspaceId, LogEntry.REFERENCE_LENGTH);
        this.operation = LogText.required(operation, LogEntry.OPERATION_LENGTH);
        this.reason = LogText.fit(reason, LogEntry.DETAIL_LENGTH);
        this.requestId = LogText.fit(requestId, LogEntry.REQUEST_ID_LENGTH);
    }

    /**
     * The statement for {@code rows} lines. The values every line shares are bound once, as
     * ?1 to ?8, and each row names them again: EclipseLink finds each bound value of a native
     * statement by a linear search of them all, so a statement's cost grows with the number of
     * its values times their uses. Only a line's id, target and user are bound per row.
     */
    public static String sql(int rows) {
        StringBuilder sql = new StringBuilder(COLUMNS);
        for (int row = 0; row < rows; row++) {
            int first = SHARED_VALUES + row * VALUES_PER_ROW + 1;
            // success, status and scim_type are the same for every membership line
            sql.append(row == 0 ? "(" : ", (")
                    .append('?')
                    .append(first)
                    .append(", ?1, ?2, ?3, ?4, ?5, ?")
                    .append(first + 1)
                    .append(", ?")
                    .append(first + 2)
                    .append(", ?6, TRUE, NULL, NULL, ?7, ?8)");
        }
        return sql.toString();
    }

    /** The values of {@link #sql}: the shared ones, then each row's. */
    public List<Object> values(List<String> userIds) {
        List<Object> values = new ArrayList<>(SHARED_VALUES + userIds.size() * VALUES_PER_ROW);
        values.add(tenantId);
        values.add(micros);
        values.add(LogType.MEMBERSHIP.name());
        values.add(actor);
        values.add(operation);
        values.add(workspaceId);
        values.add(reason);
        values.add(requestId);
        for (String userId : userIds) {
            values.add(LogIds.next(time));
            values.add(LogText.fit("User " + userId, LogEntry.TARGET_LENGTH));
            values.add(LogText.fit(userId, LogEntry.REFERENCE_LENGTH));
        }
        return values;
    }
}
