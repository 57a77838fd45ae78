package org.scimspace.scim.boundary;

import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyWriter;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;

import org.scimspace.common.Json;

/** Writes a {@link ScimError} as UTF-8 JSON, for any response of the SCIM application. */
@Produces({ScimMediaType.SCIM_JSON, MediaType.APPLICATION_JSON})
public class ScimErrorWriter implements MessageBodyWriter<ScimError> {

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return type == ScimError.class;
    }

    @Override
    public void writeTo(
            ScimError error,
            Class<?> type,
            Type genericType,
            Annotation[] annotations,
            MediaType mediaType,
            MultivaluedMap<String, Object> httpHeaders,
            OutputStream entityStream)
            throws IOException {
        entityStream.write(Json.write(error.document()).getBytes(StandardCharsets.UTF_8));
    }
}
