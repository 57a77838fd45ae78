package org.scimspace.console;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Console login: a form (login.xhtml) checked by {@link ConsoleIdentityStore} through
 * {@link ConsoleAuthentication}; every page under /console needs the role {@value
 * #CONSOLE_ROLE} (web.xml).
 */
@ApplicationScoped
@DeclareRoles({ConsoleSecurity.CONSOLE_ROLE, ConsoleSecurity.MAIN_USER_ROLE})
public class ConsoleSecurity {

    public static final String CONSOLE_ROLE = "console";
    public static final String MAIN_USER_ROLE = "main-user";
}
