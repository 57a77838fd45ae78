package org.scimspace.workspace.control;

import org.scimspace.common.ServiceException;

/** Who to add to a workspace: exactly one of a user id, a userName or an email address. */
public record MemberRef(String userId, String userName, String email) {

    public MemberRef {
        int given = (userId == null ? 0 : 1) + (userName == null ? 0 : 1) + (email == null ? 0 : 1);
        if (given != 1) {
            throw ServiceException.invalid("userId", "Give exactly one of userId, userName or email.");
        }
        if (email != null && !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            throw ServiceException.invalid("email", "Not an email address: '" + email + "'.");
        }
    }
}
