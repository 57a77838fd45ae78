package org.scimspace.console;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.AutoApplySession;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.scimspace.operations.AssignsRequestId;

/**
 * The console's form login, as Jakarta Security's built-in custom form mechanism does it (the
 * login page hands the credentials to {@code SecurityContext.authenticate}; the session keeps
 * the login; an anonymous visit of a console page is sent to the login page), with one
 * addition: authentication runs before any servlet filter, so it gives the request its id
 * ({@link AssignsRequestId}) and the redirect to the login page carries {@code X-Request-Id}
 * like every other response. The built-in mechanism cannot be intercepted by the application.
 */
@ApplicationScoped
@AssignsRequestId
@AutoApplySession
@LoginToContinue(loginPage = "/login.xhtml", errorPage = "", useForwardToLogin = false)
public class ConsoleAuthentication implements HttpAuthenticationMechanism {

    @Inject
    IdentityStoreHandler identityStores;

    @Override
    public AuthenticationStatus validateRequest(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        Credential credential = context.getAuthParameters().getCredential();
        if (credential == null) {
            return context.doNothing();
        }
        return context.notifyContainerAboutLogin(identityStores.validate(credential));
    }
}
