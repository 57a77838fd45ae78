package org.scimspace.directory.control;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What turns one member set into another: the ids to add (in the wanted order) and the ids
 * to remove. Members in both sets are left alone, so a replace writes only the difference.
 */
public record MemberDifference(List<String> toAdd, List<String> toRemove) {

    public static MemberDifference between(Collection<String> current, Collection<String> wanted) {
        Set<String> currentSet = new LinkedHashSet<>(current);
        Set<String> wantedSet = new LinkedHashSet<>(wanted);
        return new MemberDifference(
                wantedSet.stream().filter(id -> !currentSet.contains(id)).toList(),
                currentSet.stream().filter(id -> !wantedSet.contains(id)).toList());
    }

    public boolean isEmpty() {
        return toAdd.isEmpty() && toRemove.isEmpty();
    }
}
