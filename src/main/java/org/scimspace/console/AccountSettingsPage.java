package org.scimspace.console;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

import java.util.List;

import org.scimspace.account.boundary.AccountService;
import org.scimspace.account.boundary.TokenService;
import org.scimspace.account.control.AccountView;
import org.scimspace.account.control.IssuedToken;
import org.scimspace.account.control.TokenView;
import org.scimspace.account.entity.TokenKind;
import org.scimspace.common.CurrentTenant;
import org.scimspace.common.ServiceException;

/**
 * Account Manager → Settings: Single Sign-On and System for Cross-domain Identity Management
 * (SCIM): the enable switch, the Tenant URL for Entra and the secret tokens. A new token
 * lives only in the response that shows it.
 */
@Named
@RequestScoped
public class AccountSettingsPage {

    @Inject
    AccountService accounts;

    @Inject
    TokenService tokens;

    @Inject
    CurrentTenant tenant;

    @Inject
    FacesContext faces;

    @Inject
    AccountManagerAccess access;

    private String entraTenantId;
    private String domain;
    private boolean scimEnabled;
    private IssuedToken newToken;

    @PostConstruct
    void load() {
        if (!access.isAllowed()) {
            return;
        }
        AccountView account = accounts.account(tenant.id());
        entraTenantId = account.entraTenantId();
        domain = account.domain();
        scimEnabled = account.scimEnabled();
    }

    public void saveSso() {
        if (!access.check()) {
            return;
        }
        try {
            accounts.configureSso(tenant.id(), tenant.actor(), entraTenantId, domain);
            Messages.done(faces, "Single Sign-On settings saved.");
        } catch (ServiceException e) {
            Messages.refused(faces, "sso", e);
        }
    }

    public void saveScim() {
        if (!access.check()) {
            return;
        }
        try {
            accounts.enableScim(tenant.id(), tenant.actor(), scimEnabled);
            Messages.done(faces, scimEnabled ? "User synchronization is enabled." : "User synchronization is off.");
        } catch (ServiceException e) {
            scimEnabled = false;
            Messages.refused(
                    faces,
                    "scim",
                    new ServiceException(
                            e.kind(),
                            "scimEnabled",
                            "Configure Single Sign-On (your Entra tenant id) above before enabling user synchronization."));
        }
    }

    public void generateToken() {
        if (!access.check()) {
            return;
        }
        newToken = tokens.issue(tenant.id(), TokenKind.SCIM, tenant.actor());
    }

    public void revokeToken(String tokenId) {
        if (!access.check()) {
            return;
        }
        try {
            tokens.revoke(tenant.id(), TokenKind.SCIM, tokenId, tenant.actor());
            Messages.done(faces, "The token is revoked: Entra can no longer use it.");
        } catch (ServiceException e) {
            Messages.refused(faces, "tokens", e);
        }
    }

    public List<TokenView> getTokens() {
        return access.isAllowed() ? tokens.list(tenant.id(), TokenKind.SCIM) : List.of();
    }

    /** The Tenant URL to paste into Entra, absolute, as this request reached us. */
    public String getTenantUrl() {
        HttpServletRequest request =
                (HttpServletRequest) faces.getExternalContext().getRequest();
        String base = request.getRequestURL().toString();
        return base.substring(0, base.length() - request.getRequestURI().length()) + request.getContextPath()
                + "/scim/v2";
    }

    public IssuedToken getNewToken() {
        return newToken;
    }

    public String getEntraTenantId() {
        return entraTenantId;
    }

    public void setEntraTenantId(String entraTenantId) {
        this.entraTenantId = entraTenantId;
    }

    public String getDomain() {
        return domain;
    }

    public void setDomain(String domain) {
        this.domain = domain;
    }

    public boolean isScimEnabled() {
        return scimEnabled;
    }

    public void setScimEnabled(boolean scimEnabled) {
        this.scimEnabled = scimEnabled;
    }
}
