package org.scimspace.operations;

import jakarta.interceptor.InterceptorBinding;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a Jakarta Security authentication mechanism: the request gets its id before the
 * mechanism or any of Jakarta Security's own interceptors answer (a redirect to the login
 * page is sent without calling the mechanism at all). See {@link AssignRequestIdInterceptor}.
 */
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface AssignsRequestId {}
