package org.scimspace.scim.patch;

import org.scimspace.scim.filter.ScimPath;

/**
 * Parses the text of a PATCH path. Injected so the engine stays independent of the filter
 * parser's implementation; production passes {@code FilterParser::parsePath}.
 */
@FunctionalInterface
public interface PathSyntax {

    /**
     * @throws org.scimspace.scim.ScimException invalidPath or invalidFilter for malformed text
     */
    ScimPath parse(String path);
}
