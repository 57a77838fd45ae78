package org.scimspace.remotesource.sync;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.scimspace.remotesource.csv.ParticipantRow;

/**
 * What a sync needs of a stored remote user, read as plain columns: an entity per row would
 * stay in the persistence context (and in Hibernate's dirty checking) until the run's
 * transaction ends, for every row of a large file.
 */
record StoredRemoteUser(String id, String email, String firstName, String lastName, String mobile) {

    /** The attributes (as the file names its columns) whose values the row changes; none for its own values. */
    List<String> changesBy(ParticipantRow row) {
        List<String> changed = new ArrayList<>();
        if (!email.equals(row.email())) {
            changed.add("Email");
        }
        if (!Objects.equals(firstName, row.firstName())) {
            changed.add("First name");
        }
        if (!Objects.equals(lastName, row.lastName())) {
            changed.add("Last name");
        }
        if (!Objects.equals(mobile, row.mobile())) {
            changed.add("Mobile");
        }
        return changed;
    }
}
