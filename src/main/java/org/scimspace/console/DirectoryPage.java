package org.scimspace.console;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.scimspace.common.CurrentTenant;
import org.scimspace.directory.boundary.GroupDirectory;
import org.scimspace.directory.boundary.Page;
import org.scimspace.directory.boundary.StoredGroup;
import org.scimspace.directory.boundary.StoredUser;
import org.scimspace.directory.boundary.UserDirectory;
import org.scimspace.directory.boundary.UserSummary;
import org.scimspace.scim.filter.AttributePath;
import org.scimspace.scim.filter.Filter;
import org.scimspace.scim.filter.GroupFilterTranslator;
import org.scimspace.scim.filter.Operator;
import org.scimspace.scim.filter.UserFilterTranslator;

/**
 * Account Manager → Directory: the users and groups Entra provisioned, searched and paged in
 * the database (a count and one page per list, however many users the account has). The
 * search and the page are GET parameters: reading changes nothing, and a search can be
 * bookmarked.
 */
@Named
@RequestScoped
public class DirectoryPage {

    static final int PAGE_SIZE = 25;
    private static final int MAX_QUERY = 200;

    @Inject
    UserDirectory users;

    @Inject
    GroupDirectory groups;

    @Inject
    CurrentTenant tenant;

    @Inject
    AccountManagerAccess access;

    @Inject
    FacesContext faces;

    private String query;
    private String groupQuery;
    private Paging userPaging = new Paging(1, PAGE_SIZE, 0);
    private Paging groupPaging = new Paging(1, PAGE_SIZE, 0);
    private List<UserSummary> userItems = List.of();
    private List<StoredGroup> groupItems = List.of();

    @PostConstruct
    void load() {
        if (!access.isAllowed()) {
            return;
        }
        query = RequestParameters.text(faces, "q", MAX_QUERY);
        groupQuery = RequestParameters.text(faces, "gq", MAX_QUERY);
        loadUsers(Paging.requested(RequestParameters.text(faces, "page", 10)));
        loadGroups(Paging.requested(RequestParameters.text(faces, "gpage", 10)));
    }

    private void loadUsers(int page) {
        var criteria = UserFilterTranslator.criteria(userFilter(query), "userName", null);
        Page<StoredUser> found = users.search(tenant.id(), criteria, (page - 1) * PAGE_SIZE, PAGE_SIZE);
        userPaging = new Paging(page, PAGE_SIZE, found.total());
        if (found.items().isEmpty() && page > userPaging.pages()) {
            loadUsers((int) userPaging.pages());
            return;
        }
        List<String> ids = found.items().stream().map(StoredUser::id).toList();
        Map<String, UserSummary> byId = users.summaries(tenant.id(), ids).stream()
                .collect(Collectors.toMap(UserSummary::id, Function.identity()));
        userItems = ids.stream().map(byId::get).filter(u -> u != null).toList();
    }

    private void loadGroups(int page) {
        var criteria = GroupFilterTranslator.criteria(groupFilter(groupQuery), "displayName", null);
        Page<StoredGroup> found = groups.search(tenant.id(), criteria, (page - 1) * PAGE_SIZE, PAGE_SIZE);
        groupPaging = new Paging(page, PAGE_SIZE, found.total());
        if (found.items().isEmpty() && page > groupPaging.pages()) {
            loadGroups((int) groupPaging.pages());
            return;
        }
        groupItems = found.items();
    }

    /** userName starts with the text (the unique index serves it) or displayName contains it. */
    static Filter userFilter(String text) {
        if (text == null) {
            return null;
        }
        return new Filter.Or(
                new Filter.Compare(AttributePath.of("userName"), Operator.SW, text),
                new Filter.Compare(AttributePath.of("displayName"), Operator.CO, text));
    }

    /** displayName contains the text, or the text is the group's Entra object ID. */
    static Filter groupFilter(String text) {
        if (text == null) {
            return null;
        }
        return new Filter.Or(
                new Filter.Compare(AttributePath.of("displayName"), Operator.CO, text),
                new Filter.Compare(AttributePath.of("externalId"), Operator.EQ, text));
    }

    public String time(Instant time) {
        return ConsoleTimes.format(time);
    }

    public String getQuery() {
        return query;
    }

    public void setQuery(String query) {
        this.query = query;
    }

    public String getGroupQuery() {
        return groupQuery;
    }

    public void setGroupQuery(String groupQuery) {
        this.groupQuery = groupQuery;
    }

    public Paging getUserPaging() {
        return userPaging;
    }

    public Paging getGroupPaging() {
        return groupPaging;
    }

    public List<UserSummary> getUsers() {
        return userItems;
    }

    public List<StoredGroup> getGroups() {
        return groupItems;
    }
}
