package org.scimspace.scim.boundary;

import org.scimspace.account.control.AuthenticatedToken;

/**
 * Whose SCIM token a request presented, accepted or refused: the provisioning log files the
 * request under this tenant. Travels as a request property from {@link ScimAuthFilter} to
 * {@link ScimWriteRecorder}.
 */
record ScimCaller(String tenantId, String actor) {

    static final String PROPERTY = ScimCaller.class.getName();

    static ScimCaller of(AuthenticatedToken token) {
        return new ScimCaller(token.tenantId(), "scim-token:" + token.tokenId());
    }
}
