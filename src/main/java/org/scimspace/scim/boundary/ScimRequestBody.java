package org.scimspace.scim.boundary;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.scimspace.common.Json;
import org.scimspace.scim.ScimException;

/**
 * A SCIM request body: bounded in size, strict UTF-8, one JSON object. {@link ScimBodyLimit}
 * already refused larger bodies before reading them; the check here keeps the rule true for
 * any caller.
 */
public final class ScimRequestBody {

    /** Entra sends single resources and PATCHes of at most a few hundred members. */
    public static final int MAX_BYTES = 1024 * 1024;

    private ScimRequestBody() {}

    static ScimException tooLarge() {
        return ScimException.payloadTooLarge("The request body exceeds the limit of " + MAX_BYTES + " bytes.");
    }

    public static Map<String, Object> parse(byte[] body) {
        if (body == null || body.length == 0) {
            throw ScimException.invalidSyntax("The request body is empty; a JSON object is required.");
        }
        if (body.length > MAX_BYTES) {
            throw tooLarge();
        }
        String text;
        try {
            text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body))
                    .toString();
        } catch (CharacterCodingException e) {
            throw ScimException.invalidSyntax("The request body is not valid UTF-8.");
        }
        return Json.parseObject(text)
                .orElseThrow(() -> ScimException.invalidSyntax("The request body is not a valid JSON object"
                        + " (nothing may follow it, and it may nest at most " + Json.MAX_DEPTH + " levels)."));
    }
}
