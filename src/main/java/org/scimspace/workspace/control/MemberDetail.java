package org.scimspace.workspace.control;

import java.util.List;

import org.scimspace.workspace.entity.FieldType;

/**
 * One member with the workspace's profile fields and, for a remote source's user, what the
 * source's file says about them.
 *
 * @param remoteUser null unless the member is a remote source's user
 * @param profile every profile field of the workspace in its order, with the member's values (maybe none)
 */
public record MemberDetail(MemberView member, RemoteUserView remoteUser, List<ProfileEntry> profile) {

    /** A remote source's user as the source's file describes them. */
    public record RemoteUserView(String externalId, String email, String firstName, String lastName, String mobile) {}

    /** A profile field and the member's values of it. */
    public record ProfileEntry(String name, FieldType type, List<String> values) {}
}
