package org.scimspace.scim.schema;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The client's {@code attributes} / {@code excludedAttributes} (RFC 7644 §3.4.2.5) resolved
 * against a resource type once per request. The same object answers two questions: before
 * loading, whether a top-level attribute will be returned at all (so a group read with
 * {@code excludedAttributes=members} never touches its member table), and after loading,
 * what to cut from the resource ({@link Projection}).
 *
 * <p>Names are case-insensitive and may be {@code userName}, {@code name.givenName},
 * URN-qualified ({@code urn:…:core:2.0:User:userName}, {@code urn:…:enterprise:2.0:User:department})
 * or a whole extension URN. Names the schema does not know are ignored, as the RFC asks,
 * except under an unknown URN, where they may still name a custom extension of the resource.
 */
public final class AttributeSelection {

    private final ResourceTypeDef type;
    private final SelectionScope root;

    private AttributeSelection(ResourceTypeDef type, SelectionScope root) {
        this.type = type;
        this.root = root;
    }

    /**
     * The selection for the given parameter values. Each value may itself be a
     * comma-separated list, so raw query parameter values can be passed as they come.
     *
     * @param attributes         {@code attributes} values; {@code null} or empty for none
     * @param excludedAttributes {@code excludedAttributes} values; {@code null} or empty for none
     */
    public static AttributeSelection of(
            ResourceTypeDef type, List<String> attributes, List<String> excludedAttributes) {
        List<String> requested = AttributeNames.parse(attributes);
        NameTree requestedTree = requested.isEmpty() ? null : tree(type, requested);
        return new AttributeSelection(
                type, new SelectionScope(requestedTree, tree(type, AttributeNames.parse(excludedAttributes))));
    }

    /** The selection of a request without either parameter: every default attribute. */
    public static AttributeSelection defaults(ResourceTypeDef type) {
        return of(type, List.of(), List.of());
    }

    public ResourceTypeDef type() {
        return type;
    }

    /**
     * Whether the resource will carry this top-level member, wholly or in part.
     *
     * @param topLevelName a core or common attribute name ({@code members}, {@code meta}) or
     *                     an extension URN, in any case
     */
    public boolean includes(String topLevelName) {
        return root.enter(topLevelName, Member.topLevel(type, topLevelName).returned()) != null;
    }

    SelectionScope root() {
        return root;
    }

    private static NameTree tree(ResourceTypeDef type, List<String> names) {
        List<String> unresolvedUrnNames = new ArrayList<>();
        List<List<String>> paths = new ArrayList<>();
        for (String name : names) {
            Optional<SchemaDef> schema = schemaPrefixing(type, name);
            if (schema.isPresent()) {
                resolveQualified(type, schema.get(), name).ifPresent(paths::add);
            } else if (name.regionMatches(true, 0, "urn:", 0, 4)) {
                unresolvedUrnNames.add(name);
            } else {
                resolve(type, null, name).ifPresent(paths::add);
            }
        }
        NameTree tree = new NameTree(unresolvedUrnNames);
        paths.forEach(tree::add);
        return tree;
    }

    /** The schema whose URN the name is or starts with; the longest wins, as URNs may nest. */
    private static Optional<SchemaDef> schemaPrefixing(ResourceTypeDef type, String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        SchemaDef best = null;
        for (SchemaDef schema : type.schemas()) {
            String urn = schema.id().toLowerCase(Locale.ROOT);
            if ((lower.equals(urn) || lower.startsWith(urn + ":"))
                    && (best == null || urn.length() > best.id().length())) {
                best = schema;
            }
        }
        return Optional.ofNullable(best);
    }

    private static Optional<List<String>> resolveQualified(ResourceTypeDef type, SchemaDef schema, String name) {
        boolean core = schema == type.core();
        if (name.length() == schema.id().length()) {
            // A whole extension is selectable; the bare core URN names no attribute.
            return core ? Optional.empty() : Optional.of(List.of(schema.id()));
        }
        String rest = name.substring(schema.id().length() + 1);
        return resolve(type, core ? null : schema.id(), rest);
    }

    /**
     * The tree path of {@code attribute} or {@code attribute.subAttribute} in the given
     * schema ({@code null}: core and common attributes), empty when the schema lacks it.
     */
    private static Optional<List<String>> resolve(ResourceTypeDef type, String extensionUrn, String dotted) {
        String[] parts = dotted.split("\\.", -1);
        if (parts.length > 2) {
            return Optional.empty();
        }
        Optional<AttributeDef> attribute = type.attribute(extensionUrn, parts[0]);
        if (attribute.isEmpty()) {
            return Optional.empty();
        }
        List<String> path = new ArrayList<>();
        if (extensionUrn != null) {
            path.add(extensionUrn);
        }
        path.add(attribute.get().name());
        if (parts.length == 2) {
            Optional<AttributeDef> sub = attribute.get().subAttribute(parts[1]);
            if (sub.isEmpty()) {
                return Optional.empty();
            }
            path.add(sub.get().name());
        }
        return Optional.of(path);
    }
}
