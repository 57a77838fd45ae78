package org.scimspace.remotesource.sync;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.scimspace.audit.AuditLog;
import org.scimspace.audit.TestAuditLog;
import org.scimspace.common.Ids;
import org.scimspace.common.Timestamps;
import org.scimspace.database.ScratchDatabase;
import org.scimspace.database.TestDatabase;
import org.scimspace.directory.entity.GroupEntity;
import org.scimspace.directory.entity.GroupMember;
import org.scimspace.directory.entity.MemberType;
import org.scimspace.directory.entity.UserEntity;
import org.scimspace.directory.entity.UserFields;
import org.scimspace.directory.entity.UserValue;
import org.scimspace.directory.event.UserActivityChanged;
import org.scimspace.remotesource.entity.RemoteSource;
import org.scimspace.remotesource.entity.SourceConnection;
import org.scimspace.workspace.control.MemberDetail;
import org.scimspace.workspace.control.MemberDetails;
import org.scimspace.workspace.control.MemberView;
import org.scimspace.workspace.control.MembershipRuleEngine;
import org.scimspace.workspace.control.WorkspaceMembersQuery;
import org.scimspace.workspace.control.WorkspaceSync;
import org.scimspace.workspace.entity.FieldType;
import org.scimspace.workspace.entity.GroupLimit;
import org.scimspace.workspace.entity.Invitee;
import org.scimspace.workspace.entity.ProfileField;
import org.scimspace.workspace.entity.Role;
import org.scimspace.workspace.entity.Workspace;
import org.scimspace.workspace.entity.WorkspaceMember;

/**
 * A fresh account on the test H2 database in which a scenario syncs files as CsvSync does:
 * each sync in a transaction of its own, rolled back when the run marks it so; directory
 * users, invitations, group limits and manual changes made as their components make them.
 */
final class SyncWorld implements AutoCloseable {

    /** The file path that {@link #connect(String, String)} names and that the syncs here say they fetched. */
    static final String FILE_PATH = "members.csv";

    private static final EntityManagerFactory FACTORY = TestDatabase.entityManagerFactory();

    final EntityManager em = FACTORY.createEntityManager();
    final String tenant;
    /** Each provisioning log line: "operation userId: reason"; shared with the worlds {@link #alongside}. */
    final List<String> log;

    private final Path dir;

    SyncWorld(Path dir) {
        this(dir, Ids.newId(), Collections.synchronizedList(new ArrayList<>()));
    }

    private SyncWorld(Path dir, String tenant, List<String> log) {
        this.dir = dir;
        this.tenant = tenant;
        this.log = log;
    }

    /**
     * The same account seen from another connection to the database, as another request or
     * run sees it: transactions of both are concurrent. Logs to the same list; close it too.
     */
    SyncWorld alongside() {
        return new SyncWorld(dir, tenant, log);
    }

    SyncOutcome sync(String workspaceId, String sourceId, String csv) {
        return sync(workspaceId, sourceId, csv, false);
    }

    SyncOutcome dryRun(String workspaceId, String sourceId, String csv) {
        return sync(workspaceId, sourceId, csv, true);
    }

    SyncOutcome sync(String workspaceId, String sourceId, String csv, boolean dryRun) {
        Path file = file(csv);
        return inTransaction(
                () -> engine().sync(new SyncRequest(tenant, workspaceId, sourceId, FILE_PATH, file, dryRun, "test")));
    }

    /**
     * Syncs in a transaction that stays open until {@link Open#commit()}: what a concurrent run
     * sees while this one has applied its file but not committed yet.
     */
    Open syncUncommitted(String workspaceId, String sourceId, String csv) {
        Path file = file(csv);
        em.clear();
        em.getTransaction().begin();
        SyncOutcome outcome =
                engine().sync(new SyncRequest(tenant, workspaceId, sourceId, FILE_PATH, file, false, "test"));
        return new Open(outcome);
    }

    /** A sync applied in a transaction still open. */
    final class Open {

        final SyncOutcome outcome;

        private Open(SyncOutcome outcome) {
            this.outcome = outcome;
        }

        void commit() {
            em.getTransaction().commit();
        }
    }

    /** The workspace stops following the source, as disconnecting or connecting it to another source does. */
    int release(String workspaceId, String sourceId) {
        return inTransaction(() -> engine().release(tenant, workspaceId, sourceId));
    }

    /** The engine as CsvSync builds it, writing the real provisioning log and noting each line here too. */
    private RemoteSync engine() {
        AuditLog auditLog = TestAuditLog.on(em);
        return new RemoteSync(
                em,
                (tenantId, workspaceId, userIds, operation, reason) -> {
                    auditLog.recordMemberships(tenantId, "test", workspaceId, userIds, operation, reason);
                    userIds.forEach(id -> log.add(operation + " " + id + ": " + reason));
                },
                () -> em.getTransaction().setRollbackOnly(),
                TestDatabase.kind() == ScratchDatabase.Kind.POSTGRESQL);
    }

    Path file(String csv) {
        try {
            Path file = Files.createTempFile(dir, "participants", ".csv");
            Files.writeString(file, csv, StandardCharsets.UTF_8);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs work as one request: commits, or rolls back what a run marked for rollback. */
    <T> T inTransaction(Supplier<T> work) {
        em.clear();
        em.getTransaction().begin();
        try {
            T result = work.get();
            if (em.getTransaction().getRollbackOnly()) {
                em.getTransaction().rollback();
            } else {
                em.getTransaction().commit();
            }
            return result;
        } finally {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
        }
    }

    void run(Runnable work) {
        inTransaction(() -> {
            work.run();
            return null;
        });
    }

    // ---- the account as the other components make it

    /** A remote source of the account (the sync needs its row to lock, not its server). */
    String source(String name) {
        return inTransaction(() -> {
            RemoteSource source = new RemoteSource(tenant);
            source.describe(name, "sftp.example.org", 22, "register", null);
            em.persist(source);
            return source.getId();
        });
    }

    /** Connects the workspace to the source's {@link #FILE_PATH}, or moves its connection there, releasing nothing. */
    void connect(String workspaceId, String sourceId) {
        connect(workspaceId, sourceId, FILE_PATH);
    }

    /** Connects the workspace to a file of the source, or points its connection there, releasing nothing. */
    void connect(String workspaceId, String sourceId, String path) {
        run(() -> {
            SourceConnection connection = em.find(SourceConnection.class, workspaceId);
            if (connection == null) {
                connection = new SourceConnection(tenant, workspaceId);
                em.persist(connection);
            }
            connection.set(sourceId, path, 0);
        });
    }

    /** Removes the workspace's connection, releasing nothing. */
    void removeConnection(String workspaceId) {
        run(() -> em.remove(em.find(SourceConnection.class, workspaceId)));
    }

    String workspace(String name) {
        return inTransaction(() -> {
            Workspace workspace = new Workspace(tenant, name);
            em.persist(workspace);
            return workspace.getId();
        });
    }

    /** A directory user (as SCIM creates one) with a userName and, optionally, another email address. */
    String directoryUser(String userName, String displayName, String otherEmail, boolean active) {
        return inTransaction(() -> {
            UserEntity user = new UserEntity(tenant);
            user.update(new UserFields(userName, null, displayName, active), "{}", Timestamps.now());
            em.persist(user);
            if (otherEmail != null) {
                em.persist(
                        new UserValue(user, new UserValue.Draft("emails", 0, "value", otherEmail, null, null, null)));
            }
            em.flush();
            return user.getId();
        });
    }

    /** Entra deactivates the user: the directory changes, then the rules apply (rule 7). */
    void deactivate(String userId) {
        run(() -> {
            UserEntity user = em.find(UserEntity.class, userId);
            user.update(
                    new UserFields(user.getUserName(), user.getExternalId(), user.getDisplayName(), false),
                    user.getDocument(),
                    Timestamps.now());
            em.flush();
            new MembershipRuleEngine(em, (t, w, ids, op, reason) -> {})
                    .activityChanged(new UserActivityChanged(tenant, userId, false));
        });
    }

    String invitee(String workspaceId, String email) {
        return inTransaction(() -> {
            Invitee invitee = new Invitee(tenant, email);
            em.persist(invitee);
            em.persist(WorkspaceMember.manual(tenant, workspaceId, invitee.getId()));
            return invitee.getId();
        });
    }

    void addByHand(String workspaceId, String userId) {
        run(() -> em.persist(WorkspaceMember.manual(tenant, workspaceId, userId)));
    }

    void setRole(String workspaceId, String userId, Role role) {
        run(() -> em.find(WorkspaceMember.class, WorkspaceMember.Key.of(workspaceId, userId))
                .changeRole(role));
    }

    /** A group Entra provisioned with these members, and the workspace limited to it (rules 4, 5). */
    void limitToGroup(String workspaceId, String objectId, List<String> memberIds) {
        run(() -> {
            GroupEntity group = new GroupEntity(tenant);
            group.update("Group " + objectId, objectId, "{}", Timestamps.now());
            em.persist(group);
            memberIds.forEach(id -> em.persist(new GroupMember(group.getId(), id, MemberType.User)));
            em.persist(new GroupLimit(tenant, workspaceId, objectId));
            em.flush();
            new WorkspaceSync(em).join(em.find(Workspace.class, workspaceId), null);
        });
    }

    void profileField(String workspaceId, String name, FieldType type, List<String> allowedValues) {
        run(() -> {
            long order = em.createQuery("select count(f) from ProfileField f where f.workspaceId = :w", Long.class)
                    .setParameter("w", workspaceId)
                    .getSingleResult();
            ProfileField field = new ProfileField(tenant, workspaceId);
            field.define(name, type, allowedValues, (int) order);
            em.persist(field);
        });
    }

    // ---- what a scenario looks at

    /** The workspace's members by user name (or email). */
    Map<String, MemberView> members(String workspaceId) {
        return inTransaction(() -> new WorkspaceMembersQuery(em)
                .page(workspaceId, null, null, 0, 1000).items().stream()
                        .collect(Collectors.toMap(MemberView::userName, Function.identity())));
    }

    MemberDetail detail(String workspaceId, String userId) {
        return inTransaction(() -> new MemberDetails(em).of(workspaceId, userId));
    }

    long remoteUsers() {
        return inTransaction(() -> em.createQuery("select count(r) from RemoteUser r where r.tenantId = :t", Long.class)
                .setParameter("t", tenant)
                .getSingleResult());
    }

    List<String> externalIds() {
        return inTransaction(() -> em.createQuery(
                        "select r.externalId from RemoteUser r where r.tenantId = :t order by r.externalId",
                        String.class)
                .setParameter("t", tenant)
                .getResultList());
    }

    /** Every row of the account that a sync may write, as text: equal snapshots mean nothing changed. */
    @SuppressWarnings("unchecked")
    List<String> snapshot() {
        return inTransaction(() -> {
            List<String> rows = new ArrayList<>();
            for (String table :
                    List.of("workspace_member", "remote_user", "profile_value", "scim_user", "provisioning_log")) {
                for (Object row : em.createNativeQuery("select * from " + table + " where tenant_id = ?1")
                        .setParameter(1, tenant)
                        .getResultList()) {
                    rows.add(table + " " + java.util.Arrays.deepToString((Object[]) row));
                }
            }
            return rows.stream().sorted().toList();
        });
    }

    @Override
    public void close() {
        em.close();
    }
}
