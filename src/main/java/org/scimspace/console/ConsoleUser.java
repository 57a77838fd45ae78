package org.scimspace.console;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;

import org.scimspace.account.boundary.AccountService;
import org.scimspace.common.CurrentTenant;

/** Who is logged in, for the template's header: login, account name, main user or not. */
@Named("consoleUser")
@RequestScoped
public class ConsoleUser {

    @Inject
    SecurityContext security;

    @Inject
    CurrentTenant tenant;

    @Inject
    AccountService accounts;

    private String accountName;

    public String getLogin() {
        return security.getCallerPrincipal() == null
                ? null
                : security.getCallerPrincipal().getName();
    }

    public boolean isMainUser() {
        return security.isCallerInRole(ConsoleSecurity.MAIN_USER_ROLE);
    }

    public String getAccountName() {
        if (accountName == null) {
            accountName = accounts.account(tenant.id()).name();
        }
        return accountName;
    }
}
