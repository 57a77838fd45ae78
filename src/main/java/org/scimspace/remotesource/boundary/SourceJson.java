package org.scimspace.remotesource.boundary;

import java.util.LinkedHashMap;
import java.util.Map;

import org.scimspace.remotesource.control.ConnectionProbe;
import org.scimspace.remotesource.control.ConnectionView;
import org.scimspace.remotesource.control.RunView;
import org.scimspace.remotesource.control.Schedule;
import org.scimspace.remotesource.control.SourceView;

/** The management API's JSON of remote sources, connections and runs. Secrets never appear. */
final class SourceJson {

    private SourceJson() {}

    static Map<String, Object> source(SourceView source) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", source.id());
        json.put("name", source.name());
        json.put("host", source.host());
        json.put("port", source.port());
        json.put("user", source.user());
        json.put("hostKeyFingerprint", source.hostKeyFingerprint());
        json.put("hasPassword", source.hasPassword());
        json.put("hasPrivateKey", source.hasPrivateKey());
        json.put("hasPassphrase", source.hasPassphrase());
        json.put("connectedWorkspaces", source.connectedWorkspaces());
        json.put("created", source.created().toString());
        json.put("updated", source.updated().toString());
        return json;
    }

    static Map<String, Object> probe(ConnectionProbe probe, String expected) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("hostKeyFingerprint", probe.presentedFingerprint());
        json.put("expectedFingerprint", expected);
        json.put("hostKeyMatches", probe.hostKeyMatches());
        json.put("authenticated", probe.authenticated());
        json.put("message", probe.message());
        return json;
    }

    static Map<String, Object> connection(ConnectionView connection) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("workspaceId", connection.workspaceId());
        json.put("sourceId", connection.sourceId());
        json.put("sourceName", connection.sourceName());
        json.put("path", connection.path());
        json.put("intervalMinutes", connection.intervalMinutes());
        json.put("schedule", Schedule.describe(connection.intervalMinutes()));
        json.put(
                "nextRun",
                connection.nextRun() == null ? null : connection.nextRun().toString());
        json.put("running", connection.running());
        json.put("latestRun", connection.latestRun() == null ? null : run(connection.latestRun()));
        json.put("created", connection.created().toString());
        json.put("updated", connection.updated().toString());
        return json;
    }

    static Map<String, Object> run(RunView run) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", run.id());
        json.put("workspaceId", run.workspaceId());
        json.put("sourceId", run.sourceId());
        json.put("trigger", run.trigger().name().toLowerCase(java.util.Locale.ROOT));
        json.put("actor", run.actor());
        json.put("started", run.started().toString());
        json.put("ended", run.ended() == null ? null : run.ended().toString());
        json.put("outcome", run.outcome().name());
        json.put("dryRun", run.dryRun());
        json.put("created", run.created());
        json.put("updated", run.updated());
        json.put("removed", run.removed());
        json.put("unchanged", run.unchanged());
        json.put("errors", run.errors());
        return json;
    }
}
