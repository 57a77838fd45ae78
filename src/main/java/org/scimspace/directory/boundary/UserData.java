package org.scimspace.directory.boundary;

import java.util.List;

import org.scimspace.directory.entity.UserFields;
import org.scimspace.directory.entity.UserValue;

/**
 * A user as the directory stores it: indexed fields, the JSON document, the searchable
 * values, and the password hash (null keeps the stored one).
 */
public record UserData(UserFields fields, String document, List<UserValue.Draft> values, String passwordHash) {}
