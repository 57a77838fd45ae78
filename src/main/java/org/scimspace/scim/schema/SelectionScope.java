package org.scimspace.scim.schema;

/**
 * What is selected at one level of a resource tree: the RFC 7644 §3.4.2.5 and RFC 7643 §7
 * "returned" rules in one place, so the projection and the pre-load question
 * ({@link AttributeSelection#includes}) can never disagree.
 *
 * @param requested names from {@code attributes} at this level, or {@code null} when the
 *                  client gave none and every default attribute is returned
 * @param excluded  names from {@code excludedAttributes} at this level, or {@code null}
 */
record SelectionScope(NameTree requested, NameTree excluded) {

    static final SelectionScope EVERYTHING = new SelectionScope(NameTree.everything(), null);

    /**
     * The scope for a member of this level, or {@code null} when the member is not returned.
     * A member whose parent was named in {@code attributes} counts as named itself, so
     * naming a complex attribute or an extension returns its "request" members too.
     */
    SelectionScope enter(String name, Returned returned) {
        if (returned == Returned.NEVER) {
            return null;
        }
        if (returned == Returned.ALWAYS) {
            return EVERYTHING;
        }
        NameTree childRequested = null;
        if (requested != null) {
            childRequested = requested.child(name);
            if (childRequested == null) {
                return null;
            }
        } else if (returned == Returned.REQUEST) {
            return null;
        }
        NameTree childExcluded = excluded == null ? null : excluded.child(name);
        if (childExcluded != null && childExcluded.isWhole()) {
            return null;
        }
        return new SelectionScope(childRequested, childExcluded);
    }
}
