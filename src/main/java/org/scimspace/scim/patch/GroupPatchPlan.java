package org.scimspace.scim.patch;

import java.util.List;

import org.scimspace.directory.boundary.MembershipChange;

/**
 * A group PATCH request split in two, so that applying it never needs the member list:
 * the member changes, which the caller executes against the membership table, and the
 * remaining operations, which go through {@link PatchEngine} on the group's tree without
 * members. The two parts touch disjoint attributes, so their relative order does not matter.
 *
 * @param attributeOperations operations on everything but members, in request order, for
 *                            {@code new PatchEngine(ResourceTypeDef.GROUP, PathParser::parse)}
 * @param memberChanges       membership changes in request order; later ones see the effect of
 *                            earlier ones
 */
public record GroupPatchPlan(List<PatchOperation> attributeOperations, List<MembershipChange> memberChanges) {

    public GroupPatchPlan {
        attributeOperations = List.copyOf(attributeOperations);
        memberChanges = List.copyOf(memberChanges);
    }
}
