package org.scimspace.remotesource.sync;

import jakarta.persistence.EntityManager;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.scimspace.common.Chunks;
import org.scimspace.common.Timestamps;
import org.scimspace.remotesource.csv.CsvError;
import org.scimspace.remotesource.csv.CsvValidation;
import org.scimspace.remotesource.csv.ParticipantRow;
import org.scimspace.remotesource.entity.RemoteUser;
import org.scimspace.workspace.control.MemberState;
import org.scimspace.workspace.control.MembershipLog;
import org.scimspace.workspace.control.ProfileFieldView;
import org.scimspace.workspace.control.ProfileValues;
import org.scimspace.workspace.control.SyncedMemberships;
import org.scimspace.workspace.entity.Workspace;

/**
 * One run of a validated file against a workspace: the rows a chunk at a time, then the
 * members the file no longer lists. It decides and counts the same way whether it writes or
 * not; a dry run writes nothing at all. Holds the ids of the people the file names (for the
 * members it no longer lists) and nothing else of the rows between chunks.
 */
final class SyncRun {

    private final SyncRequest request;
    private final Workspace workspace;
    private final MembershipLog log;
    private final Runnable rollbackOnly;
    /** The workspace's fields that the file has a column for: id by name. */
    private final Map<String, String> fieldIds;

    private final RemoteUsers remoteUsers;
    private final DirectoryPeople people;
    private final SyncedMemberships memberships;
    private final ProfileValues profiles;
    private final Instant now = Timestamps.now();

    /** Who the file names, with the line that names them. */
    private final Map<String, Long> named = new HashMap<>();
    /** Remote users whose rows now name a directory user: they leave, but the file still has their rows. */
    private final Set<String> released = new HashSet<>();

    private final List<String> errors = new ArrayList<>();
    private boolean wrote;
    private int created;
    private int updated;
    private int unchanged;

    SyncRun(
            EntityManager em,
            SyncRequest request,
            Workspace workspace,
            List<ProfileFieldView> importedFields,
            MembershipLog log,
            Runnable rollbackOnly) {
        this.request = request;
        this.workspace = workspace;
        this.log = log;
        this.rollbackOnly = rollbackOnly;
        this.fieldIds = new LinkedHashMap<>();
        importedFields.forEach(field -> fieldIds.put(field.name(), field.id()));
        this.remoteUsers = new RemoteUsers(em);
        this.people = new DirectoryPeople(em);
        this.memberships = new SyncedMemberships(em);
        this.profiles = new ProfileValues(em);
    }

    /** Applies a chunk of rows (or, for a dry run or after an error, only decides and counts). */
    void apply(List<ParticipantRow> rows) {
        String tenantId = request.tenantId();
        Map<String, StoredRemoteUser> records = remoteUsers.byExternalIds(
                tenantId, rows.stream().map(this::externalId).toList());
        Map<String, LinkedPerson> linked = people.byEmails(
                tenantId, rows.stream().map(ParticipantRow::emailKey).distinct().toList());
        Set<String> known = new HashSet<>();
        records.values().forEach(record -> known.add(record.id()));
        linked.values().forEach(person -> known.add(person.id()));
        Map<String, MemberState> states = memberships.states(workspace.getId(), known);
        Map<String, Map<String, List<String>>> values =
                fieldIds.isEmpty() ? Map.of() : profiles.of(workspace.getId(), known);

        Chunk chunk = new Chunk();
        for (ParticipantRow row : rows) {
            StoredRemoteUser record = records.get(externalId(row));
            LinkedPerson person = linked.get(row.emailKey());
            String recordId = record == null ? null : record.id();
            String current = person != null ? person.id() : recordId;
            RowPlan plan = RowDiff.plan(
                    row,
                    record,
                    person,
                    recordId == null ? null : states.get(recordId),
                    person == null ? null : states.get(person.id()),
                    byName(current == null ? null : values.get(current)));
            if (plan.record() == RowPlan.RecordChange.CREATE) {
                RemoteUser created = new RemoteUser(tenantId, request.sourceId(), row, now);
                chunk.newRecords.add(created);
                recordId = created.getId();
            } else if (plan.record() == RowPlan.RecordChange.UPDATE) {
                chunk.changedRecords.put(recordId, row);
            }
            String memberId = person != null ? person.id() : recordId;
            Long earlier = named.putIfAbsent(memberId, row.line());
            if (earlier != null) {
                errors.add(new CsvError(
                                row.line(),
                                "'" + row.email() + "' and the email address on line " + earlier
                                        + " belong to the same directory user")
                        .toString());
                continue;
            }
            chunk.plan(row, plan, recordId, memberId, values.getOrDefault(memberId, Map.of()));
        }
        if (errors.isEmpty() && !request.dryRun()) {
            chunk.write();
        }
    }

    /** Ends the run when the file can no longer be read as it was validated. */
    void fail(List<String> fileErrors) {
        errors.addAll(fileErrors);
    }

    /** Removes the members the file no longer lists, and answers the run's counts. */
    SyncOutcome finish() {
        if (!errors.isEmpty()) {
            if (wrote) {
                rollbackOnly.run();
            }
            return SyncOutcome.failed(errors.subList(0, Math.min(errors.size(), CsvValidation.MAX_ERRORS)));
        }
        List<String> leaving = memberships.synced(workspace.getId()).stream()
                .filter(id -> !named.containsKey(id) && !released.contains(id))
                .toList();
        if (!request.dryRun()) {
            ChangeLines lines = new ChangeLines(log, request.tenantId(), workspace.getId());
            for (List<String> chunk : Chunks.of(leaving, RemoteSync.CHUNK)) {
                revoke(chunk, lines, "not in the file of remote source " + request.sourceId() + " any more");
                lines.write();
            }
        }
        return new SyncOutcome(true, created, updated, leaving.size(), unchanged, List.of());
    }

    /** Takes the synced reason from these members: who has no other leaves, and is removed if a remote user nobody needs. */
    private void revoke(List<String> userIds, ChangeLines lines, String why) {
        List<String> left = memberships.revoke(workspace, userIds);
        Set<String> leftSet = new HashSet<>(left);
        lines.addAll(left, "left", "left " + workspace.getName() + ": " + why);
        lines.addAll(
                userIds.stream().filter(id -> !leftSet.contains(id)).toList(),
                "unsynced",
                workspace.getName() + ": " + why + "; still a member, added by hand or via a group");
        remoteUsers.removeUnneeded(request.tenantId(), left);
    }

    private String externalId(ParticipantRow row) {
        return RemoteUser.externalId(request.sourceId(), row.id());
    }

    private Map<String, List<String>> byName(Map<String, List<String>> byId) {
        Map<String, List<String>> byName = new HashMap<>();
        if (byId != null) {
            fieldIds.forEach((name, id) -> {
                List<String> stored = byId.get(id);
                if (stored != null) {
                    byName.put(name, stored);
                }
            });
        }
        return byName;
    }

    /** The changes of one chunk of rows, written together. */
    private final class Chunk {

        final List<RemoteUser> newRecords = new ArrayList<>();
        /** Rows by the id of the stored user they change. */
        final Map<String, ParticipantRow> changedRecords = new LinkedHashMap<>();

        final List<String> added = new ArrayList<>();
        final List<String> marked = new ArrayList<>();
        final List<String> releasing = new ArrayList<>();
        final Map<String, Map<String, List<String>>> values = new LinkedHashMap<>();
        final ChangeLines lines = new ChangeLines(log, request.tenantId(), workspace.getId());

        /**
         * @param recordId the row's remote user (stored or new), or null
         * @param stored the member's values of every field, by field id
         */
        void plan(
                ParticipantRow row, RowPlan plan, String recordId, String memberId, Map<String, List<String>> stored) {
            switch (plan.outcome()) {
                case CREATED -> created++;
                case UPDATED -> updated++;
                case UNCHANGED -> unchanged++;
            }
            if (plan.releasesRecord()) {
                releasing.add(recordId);
                released.add(recordId);
            }
            String source = "remote source " + request.sourceId();
            switch (plan.membership()) {
                case ADD -> {
                    added.add(memberId);
                    lines.add(memberId, "joined", "joined " + workspace.getName() + ": listed by " + source);
                }
                case MARK -> {
                    marked.add(memberId);
                    lines.add(memberId, "synced", workspace.getName() + ": now also listed by " + source);
                }
                case KEEP -> {
                    if (plan.outcome() == RowPlan.Outcome.UPDATED && !plan.releasesRecord()) {
                        lines.add(
                                memberId,
                                "updated",
                                "updated by " + source + " in " + workspace.getName() + ": "
                                        + String.join(
                                                ", ",
                                                Stream.concat(
                                                                plan.changedAttributes().stream(),
                                                                plan.changedFields().stream())
                                                        .toList()));
                    }
                }
                case NONE -> {
                    // deactivated in Entra: rule 7 keeps the person out of every workspace
                }
            }
            if (plan.membership() != RowPlan.Membership.NONE
                    && !plan.changedFields().isEmpty()) {
                Map<String, List<String>> complete = new LinkedHashMap<>(stored);
                row.profile().forEach((name, fieldValues) -> complete.put(fieldIds.get(name), fieldValues));
                values.put(memberId, complete);
            }
        }

        void write() {
            wrote = true;
            remoteUsers.insert(newRecords);
            changedRecords.forEach((recordId, row) -> remoteUsers.update(recordId, row, now));
            memberships.add(workspace, added);
            memberships.markSynced(workspace.getId(), marked);
            if (!releasing.isEmpty()) {
                revoke(
                        releasing,
                        lines,
                        "its row in the file of remote source " + request.sourceId()
                                + " now names a directory user or invited person");
            }
            profiles.replace(request.tenantId(), workspace.getId(), values);
            lines.write();
        }
    }
}
