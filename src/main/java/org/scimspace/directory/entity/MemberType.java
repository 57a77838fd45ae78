package org.scimspace.directory.entity;

/** What a group member is (RFC 7643 §4.2 members.type). */
public enum MemberType {
    User,
    Group
}
