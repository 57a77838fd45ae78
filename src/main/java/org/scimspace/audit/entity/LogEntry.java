package org.scimspace.audit.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;

import java.time.Instant;

import org.scimspace.audit.LogLine;
import org.scimspace.audit.LogType;
import org.scimspace.audit.LogView;
import org.scimspace.audit.control.LogIds;
import org.scimspace.audit.control.LogText;
import org.scimspace.common.RequestId;

/**
 * One line of the provisioning log. Written once, never changed; removed only by retention.
 * Text is cut to its column and scrubbed of anything that looks like a secret, so that a
 * line can always be written, whatever a client sent.
 */
@Entity
@Table(
        name = "provisioning_log",
        indexes = {
            @Index(name = "ix_provisioning_log_time", columnList = "tenant_id, time"),
            @Index(name = "ix_provisioning_log_user", columnList = "tenant_id, user_id, time"),
            @Index(name = "ix_provisioning_log_workspace", columnList = "tenant_id, workspace_id, time"),
            @Index(name = "ix_provisioning_log_request", columnList = "tenant_id, request_id")
        })
public class LogEntry {

    public static final String TABLE = "provisioning_log";
    public static final int ID_LENGTH = 80;
    public static final int ACTOR_LENGTH = 200;
    public static final int OPERATION_LENGTH = 500;
    public static final int TARGET_LENGTH = 300;
    public static final int REFERENCE_LENGTH = 80;
    public static final int SCIM_TYPE_LENGTH = 40;
    public static final int DETAIL_LENGTH = 2000;
    public static final int REQUEST_ID_LENGTH = RequestId.MAX_LENGTH;

    @Id
    @Column(length = ID_LENGTH)
    private String id;

    @Column(name = "tenant_id", nullable = false, length = 36)
    private String tenantId;

    @Column(nullable = false)
    private Instant time;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private LogType type;

    @Column(nullable = false, length = ACTOR_LENGTH)
    private String actor;

    @Column(nullable = false, length = OPERATION_LENGTH)
    private String operation;

    @Column(length = TARGET_LENGTH)
    private String target;

    @Column(name = "user_id", length = REFERENCE_LENGTH)
    private String userId;

    @Column(name = "workspace_id", length = REFERENCE_LENGTH)
    private String workspaceId;

    @Column(nullable = false)
    private boolean success;

    private Integer status;

    @Column(name = "scim_type", length = SCIM_TYPE_LENGTH)
    private String scimType;

    @Column(length = DETAIL_LENGTH)
    private String detail;

    /** The HTTP request that made the change ({@code X-Request-Id}); null for work no request started. */
    @Column(name = "request_id", length = REQUEST_ID_LENGTH)
    private String requestId;

    protected LogEntry() {}

    /** @param requestId the id of the request that made the change, or null */
    public LogEntry(LogLine line, Instant time, String requestId) {
        if (line.tenantId() == null || line.type() == null) {
            throw new IllegalArgumentException("A log line needs a tenant and a type");
        }
        this.id = LogIds.next(time);
        this.tenantId = line.tenantId();
        this.time = time;
        this.type = line.type();
        this.actor = LogText.required(line.actor(), ACTOR_LENGTH);
        this.operation = LogText.required(line.operation(), OPERATION_LENGTH);
        this.target = LogText.fit(line.target(), TARGET_LENGTH);
        this.userId = LogText.fit(line.userId(), REFERENCE_LENGTH);
        this.workspaceId = LogText.fit(line.workspaceId(), REFERENCE_LENGTH);
        this.success = line.success();
        this.status = line.status();
        this.scimType = LogText.fit(line.scimType(), SCIM_TYPE_LENGTH);
        this.detail = LogText.fit(line.detail(), DETAIL_LENGTH);
        this.requestId = LogText.fit(requestId, REQUEST_ID_LENGTH);
    }

    public LogView view() {
        return new LogView(
                id,
                time,
                type,
                actor,
                operation,
                target,
                userId,
                workspaceId,
                success,
                status,
                scimType,
                detail,
                requestId);
    }
}
