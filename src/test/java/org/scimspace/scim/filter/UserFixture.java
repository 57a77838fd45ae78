package org.scimspace.scim.filter;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.scimspace.common.Json;
import org.scimspace.directory.boundary.Page;
import org.scimspace.directory.boundary.TestDirectory;
import org.scimspace.directory.entity.UserFields;
import org.scimspace.scim.resource.SearchableValues;
import org.scimspace.scim.schema.ResourceTypeDef;

/**
 * Users of two tenants stored through the real entities, and searches that return the
 * userNames found, in order. The n-th user of a tenant (from 1) was created on 2011-05-n at
 * 04:42:34Z and last modified a day later.
 */
final class UserFixture implements AutoCloseable {

    static final String TENANT = "tenant-a";
    static final String OTHER_TENANT = "tenant-b";
    static final String ENTERPRISE = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";
    static final String ACME = "urn:ietf:params:scim:schemas:extension:acme:2.0:User";

    private static final List<String> USERS = List.of(
            """
            {"userName": "bjensen", "externalId": "bjensen-ext", "displayName": "Babs Jensen", "active": true,
             "name": {"familyName": "Jensen", "givenName": "Barbara"}, "title": "Tour Guide",
             "userType": "Employee",
             "emails": [{"value": "bjensen@example.com", "type": "work", "primary": true},
                        {"value": "babs@jensen.org", "type": "home"}],
             "%s": {"department": "Sales", "employeeNumber": "701984", "manager": {"value": "mgr-1"}}}
            """
                    .formatted(ENTERPRISE),
            """
            {"userName": "JSmith", "externalId": "JS-1", "displayName": "John Smith", "active": false,
             "name": {"familyName": "Smith", "givenName": "John"}, "userType": "Contractor",
             "emails": [{"value": "john@example.org", "type": "home"}],
             "%s": {"department": "Engineering", "manager": {"value": "MGR-1"}}}
            """
                    .formatted(ENTERPRISE),
            """
            {"userName": "mixed", "displayName": "Mix Ed", "active": true, "name": {"familyName": "Adams"},
             "userType": "Employee", "title": "",
             "emails": [{"value": "z@x.com", "type": "work"}, {"value": "b@y.com", "type": "home", "primary": true}],
             "ims": [{"value": "mixed@foo.com", "type": "xmpp"}]}
            """,
            """
            {"userName": "omalley", "displayName": "Pat O'Malley", "active": true,
             "name": {"familyName": "O'Malley", "givenName": "Pat"}, "title": "Manager", "userType": "Intern",
             "emails": [{"value": "pat@example.org", "type": "work"}]}
            """,
            """
            {"userName": "noname", "active": true}
            """,
            """
            {"userName": "percent%user", "active": true, "name": {"familyName": "Zimmer"}}
            """,
            """
            {"userName": "under_score", "active": true, "name": {"familyName": "zeta"}}
            """,
            """
            {"userName": "back\\\\user", "active": true, "x509Certificates": [{"value": "MIIBmzCCAQ", "display": "cert"}]}
            """,
            """
            {"userName": "acme", "active": true,
             "%s": {"costCode": "CC-7", "level": 3, "remote": true, "badges": ["gold", "silver"],
                    "hired": "2020-01-01T00:00:00Z", "office": {"city": "Oslo", "floor": 4}}}
            """
                    .formatted(ACME),
            """
            {"userName": "janet", "displayName": "janet", "active": true, "name": {"familyName": "jensen"}}
            """);

    private static final List<String> OTHER_USERS = List.of(
            """
            {"userName": "bjensen", "externalId": "bjensen-ext", "displayName": "Babs Jensen", "active": true,
             "title": "Tour Guide", "userType": "Employee",
             "emails": [{"value": "bjensen@example.com", "type": "work"}],
             "%s": {"department": "Sales"}}
            """
                    .formatted(ENTERPRISE),
            """
            {"userName": "jother", "active": true, "name": {"familyName": "Other"}}
            """);

    private final TestDirectory directory = TestDirectory.empty();
    private final Map<String, String> ids = new HashMap<>();

    UserFixture() {
        for (int i = 0; i < USERS.size(); i++) {
            store(TENANT, USERS.get(i), i + 1);
        }
        for (int i = 0; i < OTHER_USERS.size(); i++) {
            store(OTHER_TENANT, OTHER_USERS.get(i), i + 1);
        }
    }

    static Instant created(int day) {
        return Instant.parse("2011-05-%02dT04:42:34Z".formatted(day));
    }

    private void store(String tenantId, String json, int day) {
        Map<String, Object> tree = Json.parseObject(json).orElseThrow();
        UserFields fields = new UserFields(
                (String) tree.get("userName"),
                (String) tree.get("externalId"),
                (String) tree.get("displayName"),
                Boolean.TRUE.equals(tree.get("active")));
        String id = directory.create(
                tenantId,
                fields,
                json,
                SearchableValues.of(tree, ResourceTypeDef.USER),
                created(day),
                created(day + 1));
        if (tenantId.equals(TENANT)) {
            ids.put(fields.userName(), id);
        }
    }

    String id(String userName) {
        return ids.get(userName);
    }

    /** The userNames of the tenant's users that match, in the natural order. */
    List<String> names(String filter) {
        return page(filter, null, null, 0, 100).items();
    }

    Page<String> page(String filter, String sortBy, String sortOrder, int first, int max) {
        Page<org.scimspace.directory.boundary.StoredUser> page = directory.search(
                TENANT,
                UserFilterTranslator.criteria(filter == null ? null : FilterParser.parse(filter), sortBy, sortOrder),
                first,
                max);
        return new Page<>(
                page.total(),
                page.items().stream()
                        .map(user -> (String) Json.readStored(user.document()).get("userName"))
                        .toList());
    }

    @Override
    public void close() {
        directory.close();
    }
}
