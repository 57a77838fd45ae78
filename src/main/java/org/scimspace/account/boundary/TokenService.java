package org.scimspace.account.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.Optional;

import org.scimspace.account.control.AccountLines;
import org.scimspace.account.control.AuthenticatedToken;
import org.scimspace.account.control.IssuedToken;
import org.scimspace.account.control.TokenSecrets;
import org.scimspace.account.control.TokenView;
import org.scimspace.account.entity.AccessToken;
import org.scimspace.account.entity.TokenKind;
import org.scimspace.audit.AuditLog;
import org.scimspace.common.ServiceException;
import org.scimspace.common.Timestamps;

/** Issues, lists, revokes and checks the bearer tokens of a tenant. */
@Stateless
public class TokenService {

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditLog log;

    public IssuedToken issue(String tenantId, TokenKind kind, String actor) {
        String secret = TokenSecrets.generate(kind);
        AccessToken token = new AccessToken(tenantId, kind, TokenSecrets.hash(secret));
        em.persist(token);
        log.record(AccountLines.line(tenantId, actor, "issue " + kind.label() + " token", "Token " + token.getId()));
        return new IssuedToken(token.getId(), secret);
    }

    /** Stores a secret chosen by the operator (bootstrap), unless it is already known. */
    public void seed(String tenantId, TokenKind kind, String secret) {
        String hash = TokenSecrets.hash(secret);
        if (em.createNamedQuery(AccessToken.BY_HASH, AccessToken.class)
                .setParameter("hash", hash)
                .getResultList()
                .isEmpty()) {
            AccessToken token = new AccessToken(tenantId, kind, hash);
            em.persist(token);
            log.record(AccountLines.line(
                    tenantId, AccountLines.BOOTSTRAP, "seed " + kind.label() + " token", "Token " + token.getId()));
        }
    }

    public List<TokenView> list(String tenantId, TokenKind kind) {
        return em
                .createNamedQuery(AccessToken.OF_TENANT, AccessToken.class)
                .setParameter("tenantId", tenantId)
                .setParameter("kind", kind)
                .getResultList()
                .stream()
                .map(TokenView::of)
                .toList();
    }

    public void revoke(String tenantId, TokenKind kind, String tokenId, String actor) {
        AccessToken token = em.find(AccessToken.class, tokenId);
        if (token == null || !token.getTenantId().equals(tenantId) || token.getKind() != kind || token.isRevoked()) {
            throw ServiceException.notFound("No such token.");
        }
        token.revoke();
        log.record(AccountLines.line(tenantId, actor, "revoke " + kind.label() + " token", "Token " + tokenId));
    }

    /**
     * The token a presented secret opens, if it is a live token of that kind; SCIM tokens
     * also need the tenant's synchronisation switched on (product rule 1).
     */
    public Optional<AuthenticatedToken> authenticate(String secret, TokenKind kind) {
        if (!hasPrefix(secret, kind)) {
            return Optional.empty();
        }
        Optional<Object[]> found = em.createNamedQuery(AccessToken.BY_HASH_WITH_SYNC, Object[].class)
                .setParameter("hash", TokenSecrets.hash(secret))
                .getResultStream()
                .findFirst();
        if (found.isEmpty()) {
            return Optional.empty();
        }
        AccessToken token = (AccessToken) found.get()[0];
        boolean syncOn = (Boolean) found.get()[1];
        if (token.getKind() != kind || token.isRevoked() || (kind == TokenKind.SCIM && !syncOn)) {
            return Optional.empty();
        }
        token.markUsed(Timestamps.now());
        return Optional.of(AuthenticatedToken.of(token));
    }

    /**
     * Whose token of that kind a secret is, live or not: a refused request can still be filed
     * under its tenant (a revoked token Entra keeps using, synchronisation switched off).
     */
    public Optional<AuthenticatedToken> owner(String secret, TokenKind kind) {
        return token(secret, kind).map(AuthenticatedToken::of);
    }

    private Optional<AccessToken> token(String secret, TokenKind kind) {
        if (!hasPrefix(secret, kind)) {
            return Optional.empty();
        }
        return em.createNamedQuery(AccessToken.BY_HASH, AccessToken.class)
                .setParameter("hash", TokenSecrets.hash(secret))
                .getResultStream()
                .findFirst()
                .filter(token -> token.getKind() == kind);
    }

    private static boolean hasPrefix(String secret, TokenKind kind) {
        return secret != null && secret.startsWith(kind.prefix());
    }
}
