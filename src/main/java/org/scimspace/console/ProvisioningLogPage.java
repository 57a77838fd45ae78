package org.scimspace.console;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.scimspace.audit.AuditLog;
import org.scimspace.audit.LogQuery;
import org.scimspace.audit.LogType;
import org.scimspace.audit.LogView;
import org.scimspace.common.CurrentTenant;
import org.scimspace.common.ServiceException;
import org.scimspace.directory.boundary.Page;

/**
 * Account Manager → Provisioning log: the account's lines, newest first, filtered by time,
 * type, user and workspace (GET parameters: reading changes nothing), and charts of changes
 * and errors per hour over the last 48 hours and per day over the last 30 days.
 */
@Named
@RequestScoped
public class ProvisioningLogPage {

    static final int PAGE_SIZE = 50;
    static final int HOURS = 48;
    static final int DAYS = 30;

    @Inject
    AuditLog log;

    @Inject
    CurrentTenant tenant;

    @Inject
    AccountManagerAccess access;

    @Inject
    FacesContext faces;

    private String from;
    private String to;
    private String type;
    private String userId;
    private String workspaceId;
    private final Map<String, String> errors = new HashMap<>();
    private Paging paging = new Paging(1, PAGE_SIZE, 0);
    private List<LogView> lines = List.of();
    private LogChart hours;
    private LogChart days;

    @PostConstruct
    void load() {
        if (!access.isAllowed()) {
            return;
        }
        from = RequestParameters.text(faces, "from", 40);
        to = RequestParameters.text(faces, "to", 40);
        type = RequestParameters.text(faces, "type", 20);
        userId = RequestParameters.text(faces, "userId", 80);
        workspaceId = RequestParameters.text(faces, "workspaceId", 80);
        Instant fromTime = time("from", from);
        Instant toTime = time("to", to);
        LogType logType = type(type);
        if (errors.isEmpty()) {
            search(fromTime, toTime, logType, Paging.requested(RequestParameters.text(faces, "page", 10)));
        }
        Instant now = Instant.now();
        Instant nextHour = now.truncatedTo(ChronoUnit.HOURS).plus(Duration.ofHours(1));
        hours = new LogChart(
                log.histogram(tenant.id(), nextHour.minus(Duration.ofHours(HOURS)), nextHour, Duration.ofHours(1)),
                DateTimeFormatter.ofPattern("MM-dd HH:00", Locale.ROOT),
                6);
        Instant tomorrow = now.truncatedTo(ChronoUnit.DAYS).plus(Duration.ofDays(1));
        days = new LogChart(
                log.histogram(tenant.id(), tomorrow.minus(Duration.ofDays(DAYS)), tomorrow, Duration.ofDays(1)),
                DateTimeFormatter.ofPattern("MM-dd", Locale.ROOT),
                5);
    }

    private void search(Instant fromTime, Instant toTime, LogType logType, int page) {
        try {
            Page<LogView> found = log.search(
                    tenant.id(), new LogQuery(fromTime, toTime, userId, workspaceId, logType, null, page, PAGE_SIZE));
            paging = new Paging(page, PAGE_SIZE, found.total());
            if (found.items().isEmpty() && page > paging.pages()) {
                search(fromTime, toTime, logType, (int) paging.pages());
                return;
            }
            lines = found.items();
        } catch (ServiceException e) {
            errors.put(e.field() == null ? "from" : e.field(), e.getMessage());
        }
    }

    /** An instant, a date and time (UTC), or a date (its start, UTC); a bad one is an error beside its field. */
    private Instant time(String field, String text) {
        if (text == null) {
            return null;
        }
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException notAnInstant) {
            try {
                return LocalDateTime.parse(text).toInstant(ZoneOffset.UTC);
            } catch (DateTimeParseException notADateTime) {
                try {
                    return LocalDate.parse(text).atStartOfDay().toInstant(ZoneOffset.UTC);
                } catch (DateTimeParseException notADate) {
                    errors.put(field, "Give a time as 2026-01-31, 2026-01-31T12:00 (UTC) or 2026-01-31T12:00:00Z.");
                    return null;
                }
            }
        }
    }

    private LogType type(String text) {
        if (text == null) {
            return null;
        }
        try {
            return LogType.valueOf(text.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            errors.put("type", "Choose a type from the list.");
            return null;
        }
    }

    public List<String> getTypes() {
        return Arrays.stream(LogType.values()).map(Enum::name).toList();
    }

    public String error(String field) {
        return errors.get(field);
    }

    public String time(Instant time) {
        return ConsoleTimes.format(time);
    }

    /** "OK 201", "Failed 409 uniqueness": what the outcome column says. */
    public String outcome(LogView line) {
        StringBuilder text = new StringBuilder(line.success() ? "OK" : "Failed");
        if (line.status() != null) {
            text.append(' ').append(line.status());
        }
        if (line.scimType() != null) {
            text.append(' ').append(line.scimType());
        }
        return text.toString();
    }

    public Paging getPaging() {
        return paging;
    }

    public List<LogView> getLines() {
        return lines;
    }

    public LogChart getHours() {
        return hours;
    }

    public LogChart getDays() {
        return days;
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }

    public String getTo() {
        return to;
    }

    public void setTo(String to) {
        this.to = to;
    }

    public String getType() {
        return type == null ? null : type.toUpperCase(Locale.ROOT);
    }

    public void setType(String type) {
        this.type = type;
    }

    public String getUserId() {
        return userId;
    }

    public void setUserId(String userId) {
        this.userId = userId;
    }

    public String getWorkspaceId() {
        return workspaceId;
    }

    public void setWorkspaceId(String workspaceId) {
        this.workspaceId = workspaceId;
    }

    public int getHourCount() {
        return HOURS;
    }

    public int getDayCount() {
        return DAYS;
    }
}
