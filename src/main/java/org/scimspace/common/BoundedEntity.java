package org.scimspace.common;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Enforces a request body limit before a resource reads the body: a declared
 * {@code Content-Length} above the limit is refused without buffering a byte, and a body
 * without one (chunked) is buffered only up to one byte past the limit. Filters of both APIs
 * use it, each answering in its own error format.
 */
public final class BoundedEntity {

    /**
     * How much of a refused body is read and thrown away so that the connection stays usable:
     * many clients (java.net.http among them) send the whole body before they read the answer,
     * and would otherwise see the connection close instead of the 413. Past this, it closes.
     */
    private static final long DISCARD_AT_MOST = 4L * 1024 * 1024;

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

    /**
     * The refusal of a body that did not fit: the rest of a moderately oversized body is read
     * and discarded, a larger one is left unread and the connection closed after the answer,
     * so that its bytes are never taken for the next request.
     */
    public static Response refuse(ContainerRequestContext request, Response refusal) {
        Response.ResponseBuilder response = Response.fromResponse(refusal);
        String declared = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        boolean huge = declared != null && declaredLength(declared) > DISCARD_AT_MOST;
        if (huge || !discarded(request.getEntityStream())) {
            response.header("Connection", "close");
        }
        return response.build();
    }

    private static boolean discarded(InputStream body) {
        try {
            long skipped = 0;
            byte[] buffer = new byte[64 * 1024];
            for (int read; (read = body.read(buffer)) >= 0; ) {
                skipped += read;
                if (skipped > DISCARD_AT_MOST) {
                    return false;
                }
            }
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static long declaredLength(String value) {
        try {
            return Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            return Long.MAX_VALUE;
        }
    }
}
