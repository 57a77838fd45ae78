package org.scimspace.account.boundary;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.Optional;

import org.scimspace.account.control.IssuedToken;
import org.scimspace.account.control.TokenSecrets;
import org.scimspace.account.control.TokenView;
import org.scimspace.account.entity.AccessToken;
import org.scimspace.account.entity.Tenant;
import org.scimspace.account.entity.TokenKind;
import org.scimspace.common.ServiceException;
import org.scimspace.common.Timestamps;

/** Issues, lists, revokes and checks the bearer tokens of a tenant. */
@Stateless
public class TokenService {

    @PersistenceContext
    EntityManager em;

    public IssuedToken issue(String tenantId, TokenKind kind) {
        String secret = TokenSecrets.generate(kind);
        AccessToken token = new AccessToken(tenantId, kind, TokenSecrets.hash(secret));
        em.persist(token);
        return new IssuedToken(token.getId(), secret);
    }

    /** Stores a secret chosen by the operator (bootstrap), unless it is already known. */
    public void seed(String tenantId, TokenKind kind, String secret) {
        String hash = TokenSecrets.hash(secret);
        if (em.createNamedQuery(AccessToken.BY_HASH, AccessToken.class)
                .setParameter("hash", hash)
                .getResultList()
                .isEmpty()) {
            em.persist(new AccessToken(tenantId, kind, hash));
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

    public void revoke(String tenantId, TokenKind kind, String tokenId) {
        AccessToken token = em.find(AccessToken.class, tokenId);
        if (token == null || !token.getTenantId().equals(tenantId) || token.getKind() != kind || token.isRevoked()) {
            throw ServiceException.notFound("No such token.");
        }
        token.revoke();
    }

    /**
     * The tenant a presented secret opens, if it is a live token of that kind; SCIM tokens
     * also need the tenant's synchronisation switched on (product rule 1).
     */
    public Optional<String> authenticate(String secret, TokenKind kind) {
        if (secret == null || !secret.startsWith(kind.prefix())) {
            return Optional.empty();
        }
        Optional<AccessToken> found = em.createNamedQuery(AccessToken.BY_HASH, AccessToken.class)
                .setParameter("hash", TokenSecrets.hash(secret))
                .getResultStream()
                .findFirst();
        if (found.isEmpty() || found.get().isRevoked() || found.get().getKind() != kind) {
            return Optional.empty();
        }
        AccessToken token = found.get();
        if (kind == TokenKind.SCIM) {
            Tenant tenant = em.find(Tenant.class, token.getTenantId());
            if (tenant == null || !tenant.isScimEnabled()) {
                return Optional.empty();
            }
        }
        token.markUsed(Timestamps.now());
        return Optional.of(token.getTenantId());
    }
}
