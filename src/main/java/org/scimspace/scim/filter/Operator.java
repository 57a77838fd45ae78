package org.scimspace.scim.filter;

/** The attribute operators of RFC 7644 §3.4.2.2 (besides {@code pr}). */
public enum Operator {
    EQ,
    NE,
    CO,
    SW,
    EW,
    GT,
    GE,
    LT,
    LE
}
