package org.scimspace.account.control;

import java.time.Instant;

/** A console user as the Main users page lists them. */
public record ConsoleUserView(String id, String login, boolean mainUser, Instant created) {}
