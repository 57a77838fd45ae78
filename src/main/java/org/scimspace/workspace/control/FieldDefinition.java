package org.scimspace.workspace.control;

import java.util.List;

import org.scimspace.workspace.entity.FieldType;

/** A profile field as an admin defines it: checked by {@link ProfileFieldDefinitions}. */
public record FieldDefinition(String name, FieldType type, List<String> allowedValues) {}
