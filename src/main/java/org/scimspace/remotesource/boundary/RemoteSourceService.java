package org.scimspace.remotesource.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.scimspace.audit.AuditLog;
import org.scimspace.common.ServiceException;
import org.scimspace.directory.boundary.Page;
import org.scimspace.remotesource.control.PrivateKeys;
import org.scimspace.remotesource.control.SecretCipher;
import org.scimspace.remotesource.control.SecretKeySetting;
import org.scimspace.remotesource.control.SourceCredentials;
import org.scimspace.remotesource.control.SourceInput;
import org.scimspace.remotesource.control.SourceLines;
import org.scimspace.remotesource.control.SourceRules;
import org.scimspace.remotesource.control.SourceView;
import org.scimspace.remotesource.entity.RemoteSource;

/**
 * The remote sources of an account: defined once, used by any number of workspaces. Secrets
 * are encrypted before they reach the entity and decrypted only for a connection.
 */
@Stateless
public class RemoteSourceService {

    private static final String PASSWORD = "password";
    private static final String PRIVATE_KEY = "privateKey";
    private static final String PASSPHRASE = "passphrase";

    @PersistenceContext
    EntityManager em;

    @Inject
    SecretKeySetting key;

    @Inject
    AuditLog log;

    public SourceView create(String tenantId, SourceInput input, String actor) {
        SecretCipher cipher = key.cipher();
        RemoteSource source = new RemoteSource(tenantId);
        describe(source, input);
        setSecrets(source, input, cipher);
        em.persist(source);
        log.record(SourceLines.account(tenantId, actor, "create remote source", source.getId(), summary(source)));
        return view(source, 0);
    }

    public Page<SourceView> list(String tenantId, int firstResult, int size) {
        long total = em.createQuery("select count(s) from RemoteSource s where s.tenantId = :tenant", Long.class)
                .setParameter("tenant", tenantId)
                .getSingleResult();
        List<RemoteSource> page = em.createQuery(
                        "select s from RemoteSource s where s.tenantId = :tenant order by s.nameKey, s.id",
                        RemoteSource.class)
                .setParameter("tenant", tenantId)
                .setFirstResult(firstResult)
                .setMaxResults(size)
                .getResultList();
        Map<String, Long> connected =
                connectionCounts(page.stream().map(RemoteSource::getId).toList());
        return new Page<>(
                total,
                page.stream()
                        .map(s -> view(s, connected.getOrDefault(s.getId(), 0L)))
                        .toList());
    }

    public SourceView get(String tenantId, String id) {
        RemoteSource source = find(tenantId, id, LockModeType.NONE);
        return view(source, connectionCounts(List.of(id)).getOrDefault(id, 0L));
    }

    public SourceView update(String tenantId, String id, SourceInput input, String actor) {
        RemoteSource source = find(tenantId, id, LockModeType.PESSIMISTIC_WRITE);
        SecretCipher cipher = key.cipher();
        describe(source, input);
        setSecrets(source, input, cipher);
        log.record(SourceLines.account(tenantId, actor, "update remote source", id, summary(source)));
        return view(source, connectionCounts(List.of(id)).getOrDefault(id, 0L));
    }

    /** Refused (409) while workspaces are connected: their connections would point nowhere. */
    public void delete(String tenantId, String id, String actor) {
        RemoteSource source = find(tenantId, id, LockModeType.PESSIMISTIC_WRITE);
        long connected = connectionCounts(List.of(id)).getOrDefault(id, 0L);
        if (connected > 0) {
            throw ServiceException.conflict("The remote source is connected to " + connected
                    + (connected == 1 ? " workspace" : " workspaces") + ": disconnect "
                    + (connected == 1 ? "it" : "them") + " first.");
        }
        em.remove(source);
        log.record(SourceLines.account(tenantId, actor, "delete remote source", id, "deleted " + source.getName()));
    }

    /** Only after a main user saw the server's key in a connection test: pins it. */
    public SourceView trustFingerprint(String tenantId, String id, String fingerprint, String actor) {
        RemoteSource source = find(tenantId, id, LockModeType.PESSIMISTIC_WRITE);
        source.describe(
                source.getName(),
                source.getHost(),
                source.getPort(),
                source.getUserName(),
                SourceRules.fingerprint(fingerprint));
        log.record(SourceLines.account(
                tenantId, actor, "trust host key", id, source.getName() + ": " + source.getHostKeyFingerprint()));
        return view(source, connectionCounts(List.of(id)).getOrDefault(id, 0L));
    }

    /** The source's connection details with its secrets decrypted, for one connection. */
    public SourceCredentials credentials(String tenantId, String id) {
        RemoteSource source = find(tenantId, id, LockModeType.NONE);
        SecretCipher cipher = key.cipher();
        try {
            return new SourceCredentials(
                    source.getId(),
                    source.getHost(),
                    source.getPort(),
                    source.getUserName(),
                    decrypt(cipher, source, PASSWORD, source.getPasswordSecret()),
                    decrypt(cipher, source, PRIVATE_KEY, source.getPrivateKeySecret()),
                    decrypt(cipher, source, PASSPHRASE, source.getPassphraseSecret()),
                    source.getHostKeyFingerprint());
        } catch (IllegalStateException e) {
            throw ServiceException.unavailable("The secrets of remote source '" + source.getName()
                    + "' cannot be decrypted: scimspace.secret.key is not the key they were stored with."
                    + " Configure that key again, or enter the source's password or private key anew.");
        }
    }

    private RemoteSource find(String tenantId, String id, LockModeType lock) {
        RemoteSource source = id == null ? null : em.find(RemoteSource.class, id, lock);
        if (source == null || !source.getTenantId().equals(tenantId)) {
            throw ServiceException.notFound("No such remote source.");
        }
        return source;
    }

    private void describe(RemoteSource source, SourceInput input) {
        String name = SourceRules.name(input.name());
        String host = SourceRules.host(input.host());
        int port = SourceRules.port(input.port());
        String user = SourceRules.user(input.user());
        String fingerprint = SourceRules.fingerprint(input.hostKeyFingerprint());
        boolean taken = em
                .createQuery(
                        "select s.id from RemoteSource s where s.tenantId = :tenant and s.nameKey = :key"
                                + " and s.id <> :id",
                        String.class)
                .setParameter("tenant", source.getTenantId())
                .setParameter("key", RemoteSource.nameKey(name))
                .setParameter("id", source.getId())
                .getResultList()
                .stream()
                .findAny()
                .isPresent();
        if (taken) {
            throw new ServiceException(
                    ServiceException.Kind.CONFLICT, "name", "A remote source named '" + name + "' exists already.");
        }
        source.describe(name, host, port, user, fingerprint);
    }

    /** Null keeps a secret, empty removes it; a new key brings its own passphrase (or none). */
    private static void setSecrets(RemoteSource source, SourceInput input, SecretCipher cipher) {
        if (input.passphrase() != null && !input.passphrase().isEmpty() && input.privateKey() == null) {
            throw ServiceException.invalid(PASSPHRASE, "Give the private key together with its passphrase.");
        }
        if (input.password() != null) {
            source.setPasswordSecret(
                    input.password().isEmpty()
                            ? null
                            : cipher.encrypt(SourceRules.password(input.password()), source.secretContext(PASSWORD)));
        }
        if (input.privateKey() != null) {
            if (input.privateKey().isBlank()) {
                source.setPrivateKeySecret(null, null);
            } else {
                String passphrase = SourceRules.passphrase(input.passphrase());
                PrivateKeys.load(input.privateKey(), passphrase);
                source.setPrivateKeySecret(
                        cipher.encrypt(input.privateKey().strip() + "\n", source.secretContext(PRIVATE_KEY)),
                        passphrase == null ? null : cipher.encrypt(passphrase, source.secretContext(PASSPHRASE)));
            }
        }
        if (source.getPasswordSecret() == null && source.getPrivateKeySecret() == null) {
            throw ServiceException.invalid(PASSWORD, "A password or a private key is required.");
        }
    }

    private static String decrypt(SecretCipher cipher, RemoteSource source, String field, String stored) {
        return stored == null ? null : cipher.decrypt(stored, source.secretContext(field));
    }

    private Map<String, Long> connectionCounts(List<String> sourceIds) {
        Map<String, Long> counts = new HashMap<>();
        if (!sourceIds.isEmpty()) {
            em.createQuery(
                            "select c.sourceId, count(c) from SourceConnection c where c.sourceId in :ids"
                                    + " group by c.sourceId",
                            Object[].class)
                    .setParameter("ids", sourceIds)
                    .getResultList()
                    .forEach(row -> counts.put((String) row[0], ((Number) row[1]).longValue()));
        }
        return counts;
    }

    private static String summary(RemoteSource source) {
        return source.getName() + ": " + source.getUserName() + "@" + source.getHost() + ":" + source.getPort()
                + (source.getPasswordSecret() != null ? ", password set" : "")
                + (source.getPrivateKeySecret() != null ? ", private key set" : "")
                + ", host key "
                + (source.getHostKeyFingerprint() == null ? "not set" : source.getHostKeyFingerprint());
    }

    static SourceView view(RemoteSource source, long connected) {
        return new SourceView(
                source.getId(),
                source.getName(),
                source.getHost(),
                source.getPort(),
                source.getUserName(),
                source.getHostKeyFingerprint(),
                source.getPasswordSecret() != null,
                source.getPrivateKeySecret() != null,
                source.getPassphraseSecret() != null,
                connected,
                source.getCreated(),
                source.getUpdated());
    }
}
