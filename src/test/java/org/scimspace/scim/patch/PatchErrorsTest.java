package org.scimspace.scim.patch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.scimspace.scim.ScimException;
import org.scimspace.scim.schema.CanonicalTree;
import org.scimspace.scim.schema.ResourceReader;
import org.scimspace.scim.schema.ResourceTypeDef;
import org.scimspace.scim.testing.Json;
import org.scimspace.scim.testing.SimplePathSyntax;

/** Refused PATCH requests: the right scimType, and the input tree left as it was. */
class PatchErrorsTest {

    private final PatchEngine engine = new PatchEngine(ResourceTypeDef.USER, new SimplePathSyntax());
    private final Map<String, Object> user = user();

    private static Map<String, Object> user() {
        Map<String, Object> tree =
                new ResourceReader(ResourceTypeDef.USER).readResource(Json.entra("user-create.json"));
        tree.put("id", "u-1");
        tree.put("meta", Map.of("resourceType", "User"));
        return tree;
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "{}                                                                  | invalidSyntax",
                "{\"Operations\":{\"op\":\"add\"}}                                   | invalidSyntax",
                "{\"Operations\":[\"add\"]}                                          | invalidSyntax",
                "{\"Operations\":[{\"path\":\"title\",\"value\":\"x\"}]}             | invalidSyntax",
                "{\"Operations\":[{\"op\":\"move\",\"path\":\"title\"}]}             | invalidSyntax",
                "{\"Operations\":[{\"op\":\"add\",\"path\":7}]}                      | invalidSyntax",
                "{\"Operations\":[{\"op\":\"replace\",\"path\":\"id\",\"value\":\"x\"}]}         | mutability",
                "{\"Operations\":[{\"op\":\"remove\",\"path\":\"meta\"}]}                        | mutability",
                "{\"Operations\":[{\"op\":\"add\",\"path\":\"groups\",\"value\":[{\"value\":\"g\"}]}]} | mutability",
                "{\"Operations\":[{\"op\":\"replace\",\"path\":\"urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:manager.displayName\",\"value\":\"B\"}]} | mutability",
                "{\"Operations\":[{\"op\":\"replace\",\"value\":{\"id\":\"x\"}}]}                | mutability",
                "{\"Operations\":[{\"op\":\"replace\",\"path\":\"favouriteColour\",\"value\":\"x\"}]} | invalidPath",
                "{\"Operations\":[{\"op\":\"replace\",\"path\":\"name.nickName\",\"value\":\"x\"}]}  | invalidPath",
                "{\"Operations\":[{\"op\":\"replace\",\"path\":\"title.value\",\"value\":\"x\"}]}    | invalidPath",
                "{\"Operations\":[{\"op\":\"replace\",\"path\":\"name[givenName eq \\\"J\\\"]\",\"value\":\"x\"}]} | invalidPath",
                "{\"Operations\":[{\"op\":\"replace\",\"path\":\"emails[kind eq \\\"work\\\"].value\",\"value\":\"x\"}]} | invalidPath",
                "{\"Operations\":[{\"op\":\"replace\",\"path\":\"urn:x:unknown:attr\",\"value\":\"x\"}]} | invalidPath",
                "{\"Operations\":[{\"op\":\"replace\",\"value\":{\"favouriteColour\":\"x\"}}]}    | invalidPath",
                "{\"Operations\":[{\"op\":\"remove\"}]}                                         | noTarget",
                "{\"Operations\":[{\"op\":\"replace\",\"path\":\"emails[type sw \\\"ho\\\" or type eq \\\"x\\\"].value\",\"value\":\"x\"}]} | noTarget",
                "{\"Operations\":[{\"op\":\"replace\",\"path\":\"phoneNumbers[type ne \\\"work\\\" and type ne \\\"mobile\\\" and type ne \\\"fax\\\"].value\",\"value\":\"1\"}]} | noTarget",
                "{\"Operations\":[{\"op\":\"replace\",\"path\":\"emails[primary gt true]\",\"value\":{}}]} | invalidFilter",
                "{\"Operations\":[{\"op\":\"replace\",\"path\":\"active\",\"value\":\"no\"}]}        | invalidValue",
                "{\"Operations\":[{\"op\":\"replace\",\"path\":\"name\",\"value\":\"Jane\"}]}        | invalidValue",
                "{\"Operations\":[{\"op\":\"replace\",\"value\":\"x\"}]}                         | invalidValue",
                "{\"Operations\":[{\"op\":\"remove\",\"path\":\"userName\"}]}                   | invalidValue",
                "{\"Operations\":[{\"op\":\"replace\",\"path\":\"title\",\"value\":\"ok\"},{\"op\":\"replace\",\"path\":\"active\",\"value\":1}]} | invalidValue",
            })
    void refuses(String body, String scimType) {
        Map<String, Object> before = CanonicalTree.deepCopy(user);
        ScimException e = assertThrows(ScimException.class, () -> engine.apply(user, Json.parse(body)));
        assertEquals(scimType, e.scimType(), e.detail());
        assertEquals(400, e.status());
        assertEquals(before, user);
    }
}
