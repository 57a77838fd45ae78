package org.scimspace.common;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;

import java.io.ByteArrayInputStream;
import java.io.IOException;

/**
 * Enforces a request body limit before a resource reads the body: a declared
 * {@code Content-Length} above the limit is refused without reading a byte, and a body
 * without one (chunked) is read only up to one byte past the limit. Filters of both APIs
 * use it, each answering in its own error format.
 */
public final class BoundedEntity {

    private BoundedEntity() {}

    /**
     * @return whether the request's body fits in {@code maxBytes}; when it does, the body
     *     stays readable by the resource
     * @throws IOException when a body without a length cannot be read (a broken chunked
     *     encoding, a client gone away): the client's fault, not the server's
     */
    public static boolean fits(ContainerRequestContext request, int maxBytes) throws IOException {
        String declared = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        if (declared != null) {
            // The container delivers no more than the declared length; a malformed one counts as too long.
            return declaredLength(declared) <= maxBytes;
        }
        byte[] head = request.getEntityStream().readNBytes(maxBytes + 1);
        if (head.length > maxBytes) {
            return false;
        }
        request.setEntityStream(new ByteArrayInputStream(head));
        return true;
    }

    private static long declaredLength(String value) {
        try {
            return Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            return Long.MAX_VALUE;
        }
    }
}
