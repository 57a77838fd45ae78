package org.scimspace.scim.filter;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.scimspace.directory.boundary.Page;
import org.scimspace.directory.boundary.StoredUser;
import org.scimspace.directory.boundary.TestDirectory;
import org.scimspace.directory.entity.GroupEntity;
import org.scimspace.directory.entity.MemberType;
import org.scimspace.directory.entity.UserFields;

/**
 * Users and groups of two tenants with memberships, stored through the real entities, and
 * searches that return the displayNames (groups) or userNames (users) found, in order;
 * {@code {name}} in a filter stands for the id of tenant-a's user or group of that name. The
 * n-th group of a tenant (from 1) was created on 2011-05-n at 04:42:34Z and last modified
 * 10 - n days later, so that the two orders differ; users were created one second apart.
 *
 * <pre>
 * tenant-a  Sales        (sales-ext)  alice, bob
 *           Engineering  (ENG-1)      bob, group Sales
 *           Empty
 *           All Staff                 carol (no displayName), group Engineering
 *           50%_off\                  dave
 *           Nameless                  carol
 *           users without groups: eve
 * tenant-b  Sales        (sales-ext)  alice (another user of the same names)
 *           Other
 * </pre>
 */
final class GroupFixture implements AutoCloseable {

    static final String TENANT = "tenant-a";
    static final String OTHER_TENANT = "tenant-b";

    private final TestDirectory directory = TestDirectory.empty();
    private final Map<String, String> ids = new HashMap<>();
    private final Map<String, String> userNames = new HashMap<>();
    private final Map<String, String> otherIds = new HashMap<>();

    GroupFixture() {
        user(TENANT, "alice", "Alice Adams");
        user(TENANT, "bob", "Bob Brown");
        user(TENANT, "carol", null);
        user(TENANT, "dave", "Dave");
        user(TENANT, "eve", "Eve");
        group(TENANT, "Sales", "sales-ext", 1);
        group(TENANT, "Engineering", "ENG-1", 2);
        group(TENANT, "Empty", null, 3);
        group(TENANT, "All Staff", null, 4);
        group(TENANT, "50%_off\\", null, 5);
        group(TENANT, "Nameless", null, 6);
        member("Sales", "alice", MemberType.User);
        member("Sales", "bob", MemberType.User);
        member("Engineering", "bob", MemberType.User);
        member("Engineering", "Sales", MemberType.Group);
        member("All Staff", "carol", MemberType.User);
        member("All Staff", "Engineering", MemberType.Group);
        member("50%_off\\", "dave", MemberType.User);
        member("Nameless", "carol", MemberType.User);

        user(OTHER_TENANT, "alice", "Alice Adams");
        group(OTHER_TENANT, "Sales", "sales-ext", 1);
        group(OTHER_TENANT, "Other", null, 2);
        directory.addMember(otherIds.get("Sales"), otherIds.get("alice"), MemberType.User);
    }

    private void user(String tenantId, String userName, String displayName) {
        Instant created = day(1).plusSeconds(userNames.size());
        String id = directory.create(
                tenantId, new UserFields(userName, null, displayName, true), "{}", List.of(), created, created);
        (tenantId.equals(TENANT) ? ids : otherIds).put(userName, id);
        userNames.put(id, userName);
    }

    private void group(String tenantId, String displayName, String externalId, int n) {
        String id = directory.createGroup(tenantId, displayName, externalId, day(n), day(10 - n));
        (tenantId.equals(TENANT) ? ids : otherIds).put(displayName, id);
    }

    private void member(String group, String member, MemberType type) {
        directory.addMember(ids.get(group), ids.get(member), type);
    }

    static Instant day(int n) {
        return Instant.parse("2011-05-%02dT04:42:34Z".formatted(n));
    }

    /** The id of a user (by userName) or group (by displayName) of tenant-a. */
    String id(String name) {
        return ids.get(name);
    }

    /** The id of a user or group of tenant-b. */
    String otherId(String name) {
        return otherIds.get(name);
    }

    /** The displayNames of tenant-a's groups that match, in the natural order. */
    List<String> groups(String filter) {
        return groups(TENANT, filter);
    }

    List<String> groups(String tenantId, String filter) {
        return page(tenantId, filter, null, null, 0, 100).items();
    }

    Page<String> page(String tenantId, String filter, String sortBy, String sortOrder, int first, int max) {
        Page<GroupEntity> page = directory.searchGroups(
                tenantId, GroupFilterTranslator.criteria(parse(filter), sortBy, sortOrder), first, max);
        return new Page<>(
                page.total(),
                page.items().stream().map(GroupEntity::getDisplayName).toList());
    }

    /** The userNames of tenant-a's users that match, in the natural order. */
    List<String> users(String filter) {
        Page<StoredUser> page =
                directory.search(TENANT, UserFilterTranslator.criteria(parse(filter), null, null), 0, 100);
        return page.items().stream().map(user -> userNames.get(user.id())).toList();
    }

    /** Parses a filter after replacing each {@code {name}} by the id of tenant-a's user or group. */
    private Filter parse(String filter) {
        if (filter == null) {
            return null;
        }
        String text = filter;
        for (Map.Entry<String, String> named : ids.entrySet()) {
            text = text.replace("{" + named.getKey() + "}", named.getValue());
        }
        return FilterParser.parse(text);
    }

    @Override
    public void close() {
        directory.close();
    }
}
