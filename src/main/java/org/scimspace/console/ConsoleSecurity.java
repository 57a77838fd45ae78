package org.scimspace.console;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.CustomFormAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;

/**
 * Console login: a form (login.xhtml) checked by {@link ConsoleIdentityStore}; every page
 * under /console needs the role {@value #CONSOLE_ROLE} (web.xml).
 */
@ApplicationScoped
@DeclareRoles({ConsoleSecurity.CONSOLE_ROLE, ConsoleSecurity.MAIN_USER_ROLE})
@CustomFormAuthenticationMechanismDefinition(
        loginToContinue = @LoginToContinue(loginPage = "/login.xhtml", errorPage = "", useForwardToLogin = false))
public class ConsoleSecurity {

    public static final String CONSOLE_ROLE = "console";
    public static final String MAIN_USER_ROLE = "main-user";
}
