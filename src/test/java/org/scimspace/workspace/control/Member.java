package org.scimspace.workspace.control;

import java.util.Locale;

import org.scimspace.workspace.entity.Role;

/** A workspace member as a scenario expects it: who, with which role, and why a member. */
record Member(String name, Role role, Source source) {

    /** Why a user is a member, derived like the API does from the manual flag and the granting limit groups. */
    enum Source {
        /** A limit group grants it. */
        GROUP,
        /** Added by hand, and no limit group grants it. */
        MANUAL,
        /** Added by hand, and a limit group grants it too. */
        BOTH,
        /** A person invited by email who is not in the directory. */
        INVITED,
        /** Neither by hand nor granted: a membership the rules should have removed. */
        NONE;

        static Source of(MemberView member) {
            if (member.invited()) {
                return INVITED;
            }
            boolean granted = !member.viaGroups().isEmpty();
            if (member.manual()) {
                return granted ? BOTH : MANUAL;
            }
            return granted ? GROUP : NONE;
        }
    }

    static Member of(MemberView member) {
        return new Member(member.userName(), Role.of(member.role()).orElseThrow(), Source.of(member));
    }

    @Override
    public String toString() {
        return name + " " + role.wireName() + " " + source.name().toLowerCase(Locale.ROOT);
    }
}
