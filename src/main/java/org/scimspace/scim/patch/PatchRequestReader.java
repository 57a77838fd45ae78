package org.scimspace.scim.patch;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.scimspace.scim.ScimException;
import org.scimspace.scim.schema.CanonicalTree;

/**
 * Reads the operations out of a PatchOp request body. Member names ("Operations", "op",
 * "path", "value") match in any case because clients vary; "schemas" is not checked, since
 * refusing a request over a missing message URN would only cost an Entra retry cycle.
 */
public final class PatchRequestReader {

    /** Entra sends a handful per request; a thousand is generous and keeps one request's work bounded. */
    public static final int MAX_OPERATIONS = 1_000;

    private PatchRequestReader() {}

    /**
     * @throws ScimException invalidSyntax when the body, an operation or its op is malformed;
     *     invalidValue for more than {@link #MAX_OPERATIONS} operations
     */
    public static List<PatchOperation> operations(Map<String, ?> body) {
        if (body == null) {
            throw ScimException.invalidSyntax("The PATCH request body must be a JSON object");
        }
        if (!(member(body, "Operations") instanceof List<?> raw)) {
            throw ScimException.invalidSyntax("The PATCH request needs an 'Operations' array");
        }
        if (raw.size() > MAX_OPERATIONS) {
            throw ScimException.invalidValue("A PATCH request may have at most " + MAX_OPERATIONS
                    + " operations; this one has " + raw.size() + ". Send the rest in further requests.");
        }
        List<PatchOperation> operations = new ArrayList<>();
        for (int i = 0; i < raw.size(); i++) {
            operations.add(operation(raw.get(i), i + 1));
        }
        return operations;
    }

    @SuppressWarnings("unchecked")
    private static PatchOperation operation(Object raw, int number) {
        if (!(raw instanceof Map<?, ?> map)) {
            throw ScimException.invalidSyntax("PATCH operation " + number + " must be an object");
        }
        Map<String, ?> operation = (Map<String, ?>) map;
        PatchOp op = PatchOp.parse(member(operation, "op"))
                .orElseThrow(() -> ScimException.invalidSyntax(
                        "PATCH operation " + number + " needs an 'op' of add, replace or remove"));
        Object path = member(operation, "path");
        if (path != null && !(path instanceof String)) {
            throw ScimException.invalidSyntax("The 'path' of PATCH operation " + number + " must be a string");
        }
        String text = path == null || ((String) path).isBlank() ? null : ((String) path).trim();
        return new PatchOperation(op, text, member(operation, "value"));
    }

    private static Object member(Map<String, ?> map, String name) {
        String key = CanonicalTree.keyOf(map, name);
        return key == null ? null : map.get(key);
    }
}
