package org.scimspace.scim.patch;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.scimspace.directory.boundary.MembershipChange;
import org.scimspace.scim.ScimException;
import org.scimspace.scim.filter.AttributePath;
import org.scimspace.scim.filter.ScimPath;
import org.scimspace.scim.schema.AttributeDef;
import org.scimspace.scim.schema.AttributeLocation;
import org.scimspace.scim.schema.AttributeLocator;
import org.scimspace.scim.schema.ResourceTypeDef;

/**
 * Splits a group PATCH request into a {@link GroupPatchPlan}: member changes run by id
 * against storage, everything else through the {@link PatchEngine}. Groups can have
 * hundreds of thousands of members, so the engine's in-memory tree must never hold them;
 * every shape that reaches members is therefore caught here (the path "members" in any
 * case, with or without the core URN, a value filter on ids, and a "members" key inside a
 * path-less or core-schema value), since one that slipped through would change a tree
 * without members and be silently lost.
 */
public final class GroupPatchPlanner {

    /**
     * Member ids one PATCH request may name across its operations. Entra sends a few hundred
     * at most; the bound keeps one request's transaction, and the locks it holds, short.
     */
    public static final int MAX_MEMBERS = 10_000;

    private static final ResourceTypeDef TYPE = ResourceTypeDef.GROUP;
    private static final String WHOLE = "members are added and removed whole: add or replace them with the path"
            + " 'members', remove them with 'members' or 'members[value eq \"…\"]'";

    private final PathSyntax pathSyntax;
    private final AttributeLocator locator = new AttributeLocator(TYPE);

    /** @param pathSyntax the PATCH path parser; production passes {@code PathParser::parse} */
    public GroupPatchPlanner(PathSyntax pathSyntax) {
        this.pathSyntax = pathSyntax;
    }

    /**
     * Plans a PatchOp request body as parsed from JSON.
     *
     * @throws ScimException as {@link #plan(List)}, and invalidSyntax for a malformed body
     */
    public GroupPatchPlan plan(Map<String, ?> patchRequest) {
        return plan(PatchRequestReader.operations(patchRequest));
    }

    /**
     * Plans operations already read by {@link PatchRequestReader}. Only member operations are
     * validated here; the rest is left to the engine.
     *
     * @throws ScimException invalidValue for a member that is not an object with a string
     *                       "value", invalidFilter for a {@code members[...]} filter other than
     *                       ids, mutability for a member sub-attribute or a filtered add or
     *                       replace, invalidPath for an unknown member sub-attribute or a
     *                       malformed path; invalidValue too for more than
     *                       {@link #MAX_MEMBERS} member ids in all
     */
    public GroupPatchPlan plan(List<PatchOperation> operations) {
        List<PatchOperation> attributeOperations = new ArrayList<>();
        List<MembershipChange> memberChanges = new ArrayList<>();
        for (PatchOperation operation : operations) {
            PatchOperation rest = route(operation, memberChanges);
            if (rest != null) {
                attributeOperations.add(rest);
            }
        }
        long named =
                memberChanges.stream().mapToLong(GroupPatchPlanner::idCount).sum();
        if (named > MAX_MEMBERS) {
            throw ScimException.invalidValue("A PATCH request may name at most " + MAX_MEMBERS
                    + " members; this one names " + named + ". Send the rest in further requests.");
        }
        return new GroupPatchPlan(attributeOperations, memberChanges);
    }

    /** @return what is left of the operation for the engine, or {@code null} when nothing is */
    private PatchOperation route(PatchOperation operation, List<MembershipChange> changes) {
        PatchOp op = operation.op();
        if (operation.path() == null) {
            // A path-less remove or non-object value is an error the engine reports.
            return op != PatchOp.REMOVE && operation.value() instanceof Map<?, ?> value
                    ? remainder(operation, split(op, value, false, changes))
                    : operation;
        }
        ScimPath path = pathSyntax.parse(operation.path());
        AttributeLocation location = locate(path.attribute(), false);
        if (isMembers(location)) {
            members(op, path, ((AttributeLocation.Defined) location).attribute(), operation.value(), changes);
            return null;
        }
        if (isCoreSchema(location, path) && op != PatchOp.REMOVE && operation.value() instanceof Map<?, ?> value) {
            return remainder(operation, split(op, value, true, changes));
        }
        return operation;
    }

    /**
     * Takes the member keys out of an add or replace value whose keys are paths (path-less)
     * or core attribute names (value of the core schema URN).
     */
    private Map<String, Object> split(PatchOp op, Map<?, ?> value, boolean inCore, List<MembershipChange> changes) {
        Map<String, Object> rest = new LinkedHashMap<>();
        value.forEach((key, inner) -> {
            String name = (String) key;
            ScimPath path = pathSyntax.parse(name);
            AttributeLocation location = locate(path.attribute(), inCore);
            if (isMembers(location)) {
                members(op, path, ((AttributeLocation.Defined) location).attribute(), inner, changes);
            } else if (!inCore && isCoreSchema(location, path) && inner instanceof Map<?, ?> core) {
                Map<String, Object> coreRest = split(op, core, true, changes);
                if (!coreRest.isEmpty()) {
                    rest.put(name, coreRest);
                }
            } else {
                rest.put(name, inner);
            }
        });
        return rest;
    }

    private static int idCount(MembershipChange change) {
        if (change instanceof MembershipChange.Add add) {
            return add.ids().size();
        }
        if (change instanceof MembershipChange.Remove remove) {
            return remove.ids().size();
        }
        return change instanceof MembershipChange.ReplaceAll replace
                ? replace.ids().size()
                : 0;
    }

    private static PatchOperation remainder(PatchOperation operation, Map<String, Object> rest) {
        return rest.isEmpty() ? null : new PatchOperation(operation.op(), operation.path(), rest);
    }

    private void members(
            PatchOp op, ScimPath path, AttributeDef members, Object value, List<MembershipChange> changes) {
        String sub = path.subAttribute() != null
                ? path.subAttribute()
                : path.attribute().subAttribute();
        if (sub != null) {
            throw members.subAttribute(sub).isPresent()
                    ? ScimException.mutability("'members." + sub + "' cannot be changed: " + WHOLE)
                    : ScimException.invalidPath("Unknown sub-attribute 'members." + sub + "'");
        }
        if (path.valueFilter() != null) {
            if (op != PatchOp.REMOVE) {
                throw ScimException.mutability("A filtered 'members' path can only remove: " + WHOLE);
            }
            changes.add(new MembershipChange.Remove(MemberFilter.ids(path.valueFilter())));
        } else if (op == PatchOp.REPLACE) {
            changes.add(new MembershipChange.ReplaceAll(MemberList.ids(value)));
        } else if (op == PatchOp.REMOVE && value == null) {
            changes.add(new MembershipChange.RemoveAll());
        } else {
            // An empty add or a remove of an empty list changes nothing, as in the engine.
            List<String> ids = MemberList.ids(value);
            if (!ids.isEmpty()) {
                changes.add(op == PatchOp.ADD ? new MembershipChange.Add(ids) : new MembershipChange.Remove(ids));
            }
        }
    }

    /** Inside a core-schema value an unqualified name is a core attribute, as the engine reads it. */
    private AttributeLocation locate(AttributePath attribute, boolean inCore) {
        String urn = attribute.urn() == null && inCore ? TYPE.core().id() : attribute.urn();
        return locator.locate(urn, attribute.attribute()).orElse(null);
    }

    private static boolean isMembers(AttributeLocation location) {
        return location instanceof AttributeLocation.Defined defined
                && defined.container() == null
                && defined.attribute().name().equals("members");
    }

    private static boolean isCoreSchema(AttributeLocation location, ScimPath path) {
        return location instanceof AttributeLocation.WholeSchema schema
                && schema.container() == null
                && path.attribute().subAttribute() == null
                && path.valueFilter() == null
                && path.subAttribute() == null;
    }
}
