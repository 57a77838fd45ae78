package org.scimspace.console;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.time.Instant;
import java.util.List;

import org.scimspace.account.boundary.TokenService;
import org.scimspace.account.control.IssuedToken;
import org.scimspace.account.control.TokenView;
import org.scimspace.account.entity.TokenKind;
import org.scimspace.common.CurrentTenant;
import org.scimspace.common.ServiceException;

/**
 * Account Manager → API tokens: the management API's bearer tokens. A new token lives only in
 * the response that shows it; the list shows when each was made and last used, never a secret.
 */
@Named
@RequestScoped
public class ApiTokensPage {

    @Inject
    TokenService tokens;

    @Inject
    CurrentTenant tenant;

    @Inject
    AccountManagerAccess access;

    @Inject
    FacesContext faces;

    private IssuedToken newToken;
    private List<TokenView> list;

    public void generate() {
        if (!access.check()) {
            return;
        }
        newToken = tokens.issue(tenant.id(), TokenKind.MANAGEMENT, tenant.actor());
        list = null;
    }

    public void revoke(String tokenId) {
        if (!access.check()) {
            return;
        }
        try {
            tokens.revoke(tenant.id(), TokenKind.MANAGEMENT, tokenId, tenant.actor());
            Messages.done(faces, "The token is revoked: the management API no longer accepts it.");
        } catch (ServiceException e) {
            Messages.refused(faces, "tokens", new ServiceException(e.kind(), "list", e.getMessage()));
        }
        list = null;
    }

    public List<TokenView> getTokens() {
        if (list == null) {
            list = access.isAllowed() ? tokens.list(tenant.id(), TokenKind.MANAGEMENT) : List.of();
        }
        return list;
    }

    public String time(Instant time) {
        return time == null ? "never" : ConsoleTimes.format(time);
    }

    public IssuedToken getNewToken() {
        return newToken;
    }
}
