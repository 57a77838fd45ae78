package org.scimspace.scim.filter;

/**
 * An attribute reference as written in a filter or PATCH path: an optional schema URN,
 * an attribute name and an optional sub-attribute name, each as the client spelled it
 * (names are resolved case-insensitively against the schema later).
 *
 * <p>{@code urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:manager.value}
 * gives urn {@code urn:ietf:params:scim:schemas:extension:enterprise:2.0:User}, attribute
 * {@code manager}, subAttribute {@code value}. A bare URN such as
 * {@code urn:ietf:params:scim:schemas:extension:enterprise:2.0:User} splits at its last
 * colon the same way (attribute {@code User}); the schema resolver recognises that case.
 *
 * @param urn          schema URN prefix, or {@code null}
 * @param attribute    attribute name
 * @param subAttribute sub-attribute name, or {@code null}
 */
public record AttributePath(String urn, String attribute, String subAttribute) {

    public static AttributePath of(String attribute) {
        return new AttributePath(null, attribute, null);
    }

    public static AttributePath of(String attribute, String subAttribute) {
        return new AttributePath(null, attribute, subAttribute);
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder();
        if (urn != null) {
            text.append(urn).append(':');
        }
        text.append(attribute);
        if (subAttribute != null) {
            text.append('.').append(subAttribute);
        }
        return text.toString();
    }
}
