package org.scimspace.scim.filter;

import org.scimspace.scim.ScimException;

/**
 * Parses a PATCH operation path (RFC 7644 §3.5.2: {@code attrPath / valuePath [subAttr]}),
 * e.g. {@code name.familyName} or {@code emails[type eq "work"].value}, into a
 * {@link ScimPath}. Shares the filter grammar for the bracketed part but reports every
 * problem, including one inside the brackets, as {@code invalidPath}, which is what
 * RFC 7644 §3.12 prescribes for PATCH.
 */
public final class PathParser {

    private PathParser() {}

    /**
     * Parses a complete PATCH path.
     *
     * @throws ScimException {@code invalidPath} for any malformed, empty or oversized path
     */
    public static ScimPath parse(String text) {
        FilterScanner in = FilterScanner.open(text, "Path", ScimException::invalidPath);
        FilterParser parser = new FilterParser(in);
        AttributePath attribute = parser.attributePath();
        Filter valueFilter = null;
        String subAttribute = null;
        if (in.peek() == '[') {
            valueFilter = parser.bracketedFilter();
            if (in.consume('.')) {
                int start = in.position();
                String name = in.word();
                subAttribute = parser.name(name, start, name);
            }
        }
        in.skipWhitespace();
        if (!in.atEnd()) {
            throw in.error(
                    valueFilter == null
                            ? "Expected '[' or end of path"
                            : subAttribute == null ? "Expected '.' or end of path" : "Expected end of path");
        }
        return new ScimPath(attribute, valueFilter, subAttribute);
    }
}
