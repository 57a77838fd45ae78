package org.scimspace.remotesource.sync;

/** A directory user or invited person whose email address a file's row has: the row means them. */
record LinkedPerson(String id, boolean active) {}
