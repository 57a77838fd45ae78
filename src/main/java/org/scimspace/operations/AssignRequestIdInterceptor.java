package org.scimspace.operations;

import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Assigns the request id ({@link RequestIdFilter#assign}) when an authentication mechanism
 * is asked about a request, which happens before any servlet filter runs. Ordered before
 * Jakarta Security's interceptors (session, login-to-continue), which may answer without
 * calling the mechanism.
 */
@AssignsRequestId
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 100)
public class AssignRequestIdInterceptor {

    @AroundInvoke
    public Object assign(InvocationContext invocation) throws Exception {
        Object[] arguments = invocation.getParameters();
        if (arguments.length >= 2
                && arguments[0] instanceof HttpServletRequest request
                && arguments[1] instanceof HttpServletResponse response) {
            RequestIdFilter.assign(request, response);
        }
        return invocation.proceed();
    }
}
