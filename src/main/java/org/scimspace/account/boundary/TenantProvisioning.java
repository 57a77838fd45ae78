package org.scimspace.account.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.scimspace.account.control.AccountLines;
import org.scimspace.account.control.AccountView;
import org.scimspace.account.control.IssuedToken;
import org.scimspace.account.entity.TokenKind;

/**
 * Creates an account with its first management token and, when a login is given, its first
 * main user, in one transaction.
 */
@Stateless
public class TenantProvisioning {

    /** The new account and the only copy of its first management token. */
    public record NewTenant(AccountView account, IssuedToken managementToken) {}

    @Inject
    AccountService accounts;

    @Inject
    TokenService tokens;

    @Inject
    ConsoleUsers consoleUsers;

    public NewTenant create(String name, String mainUserLogin, String mainUserPassword) {
        AccountView account = accounts.create(name, AccountLines.OPERATOR);
        if (mainUserLogin != null) {
            consoleUsers.addMainUser(account.id(), AccountLines.OPERATOR, mainUserLogin, mainUserPassword);
        }
        return new NewTenant(account, tokens.issue(account.id(), TokenKind.MANAGEMENT, AccountLines.OPERATOR));
    }
}
