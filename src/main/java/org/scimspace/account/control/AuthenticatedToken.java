package org.scimspace.account.control;

import org.scimspace.account.entity.AccessToken;

/** Who presented a request: the token's tenant and the token's id (never its secret). */
public record AuthenticatedToken(String tenantId, String tokenId) {

    public static AuthenticatedToken of(AccessToken token) {
        return new AuthenticatedToken(token.getTenantId(), token.getId());
    }
}
