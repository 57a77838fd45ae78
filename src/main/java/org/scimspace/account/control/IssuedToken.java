package org.scimspace.account.control;

/** A token just made: the only moment its secret exists outside the client. */
public record IssuedToken(String id, String secret) {}
