package org.scimspace.workspace.control;

import java.util.List;

import org.scimspace.workspace.entity.FieldType;

/** A workspace's profile field as the API, the console and a sync read it. */
public record ProfileFieldView(String id, String name, FieldType type, List<String> allowedValues) {}
