package org.scimspace.account.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.scimspace.account.control.AccountLines;
import org.scimspace.account.control.AccountView;
import org.scimspace.account.control.IssuedToken;
import org.scimspace.account.entity.TokenKind;

/** Creates an account and its first management token in one transaction. */
@Stateless
public class TenantProvisioning {

    /** The new account and the only copy of its first management token. */
    public record NewTenant(AccountView account, IssuedToken managementToken) {}

    @Inject
    AccountService accounts;

    @Inject
    TokenService tokens;

    public NewTenant create(String name) {
        AccountView account = accounts.create(name, AccountLines.OPERATOR);
        return new NewTenant(account, tokens.issue(account.id(), TokenKind.MANAGEMENT, AccountLines.OPERATOR));
    }
}
