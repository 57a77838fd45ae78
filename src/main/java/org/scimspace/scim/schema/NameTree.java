package org.scimspace.scim.schema;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Attribute names resolved into the shape of the resource tree ({@code name.givenName}
 * becomes {@code name → givenname}, an extension attribute hangs under its URN), so a
 * projection can follow it level by level. Keys are lower-case: SCIM names are
 * case-insensitive.
 */
final class NameTree {

    private final Map<String, NameTree> children = new HashMap<>();
    private boolean whole;

    /**
     * Names under URNs the schema does not know. They cannot be split into URN and attribute
     * without seeing the resource, so they are matched against its custom extension keys.
     */
    private final List<String> unresolvedUrnNames;

    NameTree() {
        this(List.of());
    }

    NameTree(List<String> unresolvedUrnNames) {
        this.unresolvedUrnNames = unresolvedUrnNames.stream().map(NameTree::key).toList();
    }

    static NameTree everything() {
        NameTree tree = new NameTree();
        tree.whole = true;
        return tree;
    }

    void add(List<String> path) {
        NameTree node = this;
        for (String segment : path) {
            node = node.children.computeIfAbsent(key(segment), k -> new NameTree());
        }
        node.whole = true;
    }

    /** Whether this node was named itself, which selects everything beneath it. */
    boolean isWhole() {
        return whole;
    }

    /** The node for a member of this level, or {@code null} when nothing at or below it is named. */
    NameTree child(String name) {
        if (whole) {
            return this;
        }
        NameTree direct = children.get(key(name));
        return direct != null ? direct : fromUnresolvedUrnNames(key(name));
    }

    private NameTree fromUnresolvedUrnNames(String urn) {
        NameTree node = null;
        for (String name : unresolvedUrnNames) {
            if (name.equals(urn)) {
                return everything();
            }
            if (name.startsWith(urn + ":")) {
                node = node == null ? new NameTree() : node;
                node.add(List.of(name.substring(urn.length() + 1).split("\\.")));
            }
        }
        return node;
    }

    private static String key(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}
