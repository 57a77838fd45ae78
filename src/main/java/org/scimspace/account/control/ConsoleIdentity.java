package org.scimspace.account.control;

/** Who is logged in to the console: their account and whether they are a main user. */
public record ConsoleIdentity(String userId, String tenantId, String login, boolean mainUser) {}
