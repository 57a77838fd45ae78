package org.scimspace.console;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.scimspace.common.ServiceException;
import org.scimspace.directory.boundary.Page;
import org.scimspace.remotesource.boundary.ConnectionService;
import org.scimspace.remotesource.boundary.RemoteSourceService;
import org.scimspace.remotesource.boundary.SyncRunner;
import org.scimspace.remotesource.control.ConnectionView;
import org.scimspace.remotesource.control.RunView;
import org.scimspace.remotesource.control.Schedule;
import org.scimspace.remotesource.control.SourceView;
import org.scimspace.remotesource.control.SyncAlreadyRunning;

/**
 * Workspace Manager → Settings → Remote source: which source and file the workspace's
 * participants come from and how often, "Sync now" (and a dry run), and the history of runs.
 * A main user connects and disconnects; a workspace admin sees the connection, syncs and reads
 * the history. While a run goes, the page reloads itself until it ends.
 */
@Named
@RequestScoped
public class WorkspaceSourcePage extends WorkspaceManagerPage {

    static final int RUNS_PER_PAGE = 20;

    /** What becomes of a source's participants when the workspace stops following it (ConnectionService). */
    private static final String LEFT = "left the workspace (unless also added by hand or via a group).";

    /** The schedules the console offers; the management API takes any interval from 5 minutes to a week. */
    static final int[] SCHEDULES = {0, 15, 30, 60, 360, 1440};

    @Inject
    ConnectionService connections;

    @Inject
    RemoteSourceService sources;

    @Inject
    SyncRunner runner;

    private String sourceId;
    private String path;
    private String intervalMinutes;
    private ConnectionView connection;
    private boolean connectionRead;
    private List<SourceView> sourceList;
    private Page<RunView> runs;
    private int runsPage;

    @PostConstruct
    void load() {
        runsPage = PageParams.pageNumber(PageParams.sticky(faces, "runs"));
        if (isMissing() || faces.isPostback()) {
            return;
        }
        ConnectionView current = getConnection();
        sourceId = current == null ? null : current.sourceId();
        path = current == null ? null : current.path();
        intervalMinutes = Integer.toString(current == null ? Schedule.DEFAULT_MINUTES : current.intervalMinutes());
    }

    public void save() {
        if (isMissing() || !mainUsersOnly()) {
            return;
        }
        try {
            ConnectionView before = getConnection();
            ConnectionView saved =
                    connections.connect(tenant.id(), getId(), blankToNull(sourceId), path, interval(), tenant.actor());
            connection = saved;
            boolean moved = before != null && !before.sourceId().equals(saved.sourceId());
            Messages.done(
                    faces,
                    "Connected to '" + saved.sourceName() + "': " + saved.path() + ", "
                            + Schedule.describe(saved.intervalMinutes()) + "."
                            + (moved ? " The participants '" + before.sourceName() + "' brought " + LEFT : ""));
        } catch (ServiceException e) {
            refused("remote", e);
        }
    }

    public void disconnect() {
        if (isMissing() || !mainUsersOnly()) {
            return;
        }
        try {
            int released = connections.disconnect(tenant.id(), getId(), tenant.actor());
            connection = null;
            connectionRead = true;
            sourceId = null;
            path = null;
            Messages.done(
                    faces,
                    released == 0
                            ? "Disconnected: it had brought no participants."
                            : "Disconnected: the " + (released == 1 ? "participant" : released + " participants")
                                    + " it brought " + LEFT);
        } catch (ServiceException e) {
            refused("remote", e);
        }
    }

    public void syncNow() {
        start(false);
    }

    public void dryRun() {
        start(true);
    }

    private void start(boolean dry) {
        if (isMissing()) {
            return;
        }
        try {
            runner.startNow(tenant.id(), getId(), dry, tenant.actor());
            forgetConnection();
            Messages.done(faces, dry ? "Dry run started: it changes nothing." : "Sync started.");
        } catch (SyncAlreadyRunning e) {
            forgetConnection();
            Messages.refused(faces, "remote", new ServiceException(e.kind(), "syncNow", e.getMessage()));
        } catch (ServiceException e) {
            refused("remote", e);
        }
    }

    public ConnectionView getConnection() {
        if (!connectionRead && !isMissing()) {
            connection = connections.find(tenant.id(), getId()).orElse(null);
            connectionRead = true;
        }
        return connection;
    }

    public boolean isConnected() {
        return getConnection() != null;
    }

    public boolean isRunning() {
        return isConnected() && connection.running();
    }

    /** The account's sources to choose from (main users only). */
    public List<SourceView> getSources() {
        if (sourceList == null) {
            sourceList = access.isMainUser()
                    ? sources.list(tenant.id(), 0, RemoteSourcesPage.LISTED).items()
                    : List.of();
        }
        return sourceList;
    }

    /** The offered schedules by label; the connection's own interval among them even if the API set another. */
    public Map<String, String> getSchedules() {
        List<Integer> minutes = new ArrayList<>();
        for (int offered : SCHEDULES) {
            minutes.add(offered);
        }
        if (isConnected() && !minutes.contains(connection.intervalMinutes())) {
            minutes.add(connection.intervalMinutes());
        }
        Map<String, String> labels = new LinkedHashMap<>();
        for (int offered : minutes) {
            String label = Schedule.describe(offered);
            labels.put(Character.toUpperCase(label.charAt(0)) + label.substring(1), Integer.toString(offered));
        }
        return labels;
    }

    public List<RunView> getRuns() {
        return runs().items();
    }

    public long getRunsTotal() {
        return runs().total();
    }

    public int getRunsPage() {
        return runsPage;
    }

    public boolean isHasOlderRuns() {
        return (long) runsPage * RUNS_PER_PAGE < runs().total();
    }

    public boolean isHasNewerRuns() {
        return runsPage > 1;
    }

    /** Where the page reloads itself while a run is going: this page, as a plain GET. */
    public String getRefreshUrl() {
        return faces.getExternalContext().getRequestContextPath() + "/console/workspaces/settings.xhtml?id="
                + URLEncoder.encode(getId(), StandardCharsets.UTF_8);
    }

    public boolean isMainUser() {
        return access.isMainUser();
    }

    public String time(Instant time) {
        return time == null ? "" : ConsoleTimes.format(time);
    }

    public String schedule(int minutes) {
        return Schedule.describe(minutes);
    }

    /** The counts of a run as a sentence. */
    public String counts(RunView run) {
        return run.created() + " created, " + run.updated() + " updated, " + run.removed() + " removed, "
                + run.unchanged() + " unchanged";
    }

    /** Who started a run, as people read it. */
    public String startedBy(RunView run) {
        return run.actor().startsWith("console:")
                ? run.actor().substring("console:".length())
                : run.actor().startsWith("api-token:") ? "management API" : run.actor();
    }

    private Page<RunView> runs() {
        if (runs == null) {
            runs = isMissing()
                    ? new Page<>(0, List.of())
                    : connections.runs(tenant.id(), getId(), (runsPage - 1) * RUNS_PER_PAGE, RUNS_PER_PAGE);
        }
        return runs;
    }

    private void forgetConnection() {
        connectionRead = false;
        runs = null;
    }

    private boolean mainUsersOnly() {
        if (access.isMainUser()) {
            return true;
        }
        Messages.refused(
                faces,
                "remote",
                new ServiceException(
                        ServiceException.Kind.INVALID,
                        null,
                        "Not allowed: only a main user of the account connects a workspace to a remote source."));
        return false;
    }

    private Integer interval() {
        try {
            return intervalMinutes == null ? null : Integer.valueOf(intervalMinutes);
        } catch (NumberFormatException e) {
            throw ServiceException.invalid("intervalMinutes", "Choose one of the schedules.");
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    public String getSourceId() {
        return sourceId;
    }

    public void setSourceId(String sourceId) {
        this.sourceId = sourceId;
    }

    public String getPath() {
        return path;
    }

    public void setPath(String path) {
        this.path = path;
    }

    public String getIntervalMinutes() {
        return intervalMinutes;
    }

    public void setIntervalMinutes(String intervalMinutes) {
        this.intervalMinutes = intervalMinutes;
    }
}
