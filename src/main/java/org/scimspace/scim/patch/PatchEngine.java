package org.scimspace.scim.patch;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.scimspace.scim.ScimException;
import org.scimspace.scim.schema.AttributeLocation;
import org.scimspace.scim.schema.CanonicalTree;
import org.scimspace.scim.schema.ResourceReader;
import org.scimspace.scim.schema.ResourceTypeDef;

/**
 * Applies a SCIM PatchOp request to a resource's canonical tree (RFC 7644 §3.5.2). The
 * result is a new tree; the input is never changed, so an error in any operation leaves
 * the caller with the untouched original: a request is applied whole or not at all.
 * Everything type-specific comes from the {@link ResourceTypeDef}, so one engine class
 * serves users and groups.
 */
public final class PatchEngine {

    private static final String SCHEMAS = "schemas";

    private final ResourceTypeDef type;
    private final PathSyntax pathSyntax;
    private final ResourceReader reader;
    private final PathResolver resolver;
    private final AttributeEditor editor;

    public PatchEngine(ResourceTypeDef type, PathSyntax pathSyntax) {
        this.type = type;
        this.pathSyntax = pathSyntax;
        this.reader = new ResourceReader(type);
        this.resolver = new PathResolver(reader.locator());
        this.editor = new AttributeEditor(reader);
    }

    /**
     * Applies a PatchOp request body as parsed from JSON.
     *
     * @return the patched tree, a fresh copy
     * @throws ScimException invalidSyntax, invalidPath, invalidFilter, invalidValue, noTarget or mutability
     */
    public Map<String, Object> apply(Map<String, Object> resource, Map<String, ?> patchRequest) {
        return apply(resource, PatchRequestReader.operations(patchRequest));
    }

    /** Applies operations already read by {@link PatchRequestReader}, in order. */
    public Map<String, Object> apply(Map<String, Object> resource, List<PatchOperation> operations) {
        Map<String, Object> tree = CanonicalTree.deepCopy(resource);
        for (PatchOperation operation : operations) {
            apply(tree, operation);
        }
        ImmutabilityCheck.verify(type, resource, tree);
        reader.requireAll(tree);
        return tree;
    }

    private void apply(Map<String, Object> tree, PatchOperation operation) {
        if (operation.path() != null) {
            apply(tree, operation.op(), resolver.resolve(pathSyntax.parse(operation.path())), operation.value());
        } else if (operation.op() == PatchOp.REMOVE) {
            throw ScimException.noTarget("A remove operation needs a path");
        } else {
            // Path-less add/replace: each key of the value is itself a path (Entra's
            // aadOptscim062020 form sends "name.givenName" and full-URN keys here).
            objectOf(
                            operation.value(),
                            "The value of a path-less " + operation.op().name().toLowerCase(Locale.ROOT) + " operation")
                    .forEach((key, value) -> {
                        if (!SCHEMAS.equalsIgnoreCase(key)) {
                            apply(tree, operation.op(), resolver.resolve(pathSyntax.parse(key)), value);
                        }
                    });
        }
    }

    private void apply(Map<String, Object> tree, PatchOp op, PatchTarget target, Object value) {
        AttributeLocation location = target.location();
        if (location instanceof AttributeLocation.Defined defined) {
            editor.apply(tree, op, defined, target, value);
        } else if (location instanceof AttributeLocation.WholeSchema schema) {
            applyToSchema(tree, op, schema, value);
        } else if (location instanceof AttributeLocation.Custom custom) {
            CanonicalTree.put(
                    tree,
                    custom.extensionUrn(),
                    custom.name(),
                    op == PatchOp.REMOVE ? null : CanonicalTree.cleanCopy(value));
        } else if (location instanceof AttributeLocation.WholeCustom custom) {
            if (op == PatchOp.REMOVE) {
                CanonicalTree.removeContainer(tree, custom.extensionUrn());
            } else {
                objectOf(value, custom.extensionUrn())
                        .forEach((key, inner) -> apply(
                                tree,
                                op,
                                new PatchTarget(new AttributeLocation.Custom(custom.extensionUrn(), key), null, null),
                                inner));
            }
        }
    }

    private void applyToSchema(
            Map<String, Object> tree, PatchOp op, AttributeLocation.WholeSchema schema, Object value) {
        if (op == PatchOp.REMOVE) {
            if (schema.container() == null) {
                throw ScimException.invalidPath(
                        "The core schema '" + schema.schema().id() + "' cannot be removed");
            }
            CanonicalTree.removeContainer(tree, schema.container());
            return;
        }
        objectOf(value, schema.schema().id())
                .forEach((key, inner) -> apply(tree, op, resolver.resolveIn(schema, pathSyntax.parse(key)), inner));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> objectOf(Object value, String label) {
        if (value == null) {
            return Map.of();
        }
        if (value instanceof Map<?, ?> map) {
            return (Map<String, Object>) map;
        }
        throw ScimException.invalidValue(label + " must be an object");
    }
}
