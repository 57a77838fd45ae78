package org.scimspace.workspace.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.scimspace.common.Ids;
import org.scimspace.common.Timestamps;
import org.scimspace.database.TestDatabase;
import org.scimspace.directory.entity.UserEntity;
import org.scimspace.directory.entity.UserFields;
import org.scimspace.workspace.entity.Invitee;
import org.scimspace.workspace.entity.Workspace;
import org.scimspace.workspace.entity.WorkspaceMember;

/** The console's member search: a literal, case-insensitive "contains" on userName, name and email. */
class WorkspaceMembersQueryTest {

    private static final EntityManagerFactory FACTORY = TestDatabase.entityManagerFactory();

    private final EntityManager em = FACTORY.createEntityManager();
    private final String tenant = Ids.newId();
    private Workspace workspace;

    @BeforeEach
    void members() {
        em.getTransaction().begin();
        workspace = new Workspace(tenant, "Search");
        em.persist(workspace);
        member("ada@contoso.example", "Ada Lovelace");
        member("grace_hopper@contoso.example", "Grace Hopper");
        member("alan@contoso.example", "Alan 100% Turing");
        member("back\\slash@contoso.example", null);
        Invitee invitee = new Invitee(tenant, "Guest.Person@Fabrikam.example");
        em.persist(invitee);
        em.persist(WorkspaceMember.manual(tenant, workspace.getId(), invitee.getId()));
        em.flush();
    }

    @AfterEach
    void rollBack() {
        em.getTransaction().rollback();
        em.close();
    }

    @Test
    void matchesUserNameDisplayNameOrEmailIgnoringCase() {
        assertEquals(List.of("ada@contoso.example"), names("ADA"));
        assertEquals(List.of("grace_hopper@contoso.example"), names("hopper"));
        assertEquals(List.of("Guest.Person@Fabrikam.example"), names("fabrikam"));
        assertEquals(5, search(" ").total(), "blank text filters nothing");
        assertEquals(5, search(null).total());
    }

    @Test
    void wildcardsAndTheEscapeCharacterMatchLiterally() {
        assertEquals(List.of("grace_hopper@contoso.example"), names("_"));
        assertEquals(List.of("alan@contoso.example"), names("100%"));
        assertEquals(List.of(), names("%%"));
        assertEquals(List.of("back\\slash@contoso.example"), names("\\"));
    }

    @Test
    void countsAndPagesTheMatches() {
        var page = new WorkspaceMembersQuery(em).page(workspace.getId(), null, null, "contoso", 1, 2);
        assertEquals(4, page.total());
        assertEquals(List.of("alan@contoso.example", "back\\slash@contoso.example"), userNames(page.items()));
    }

    private void member(String userName, String displayName) {
        UserEntity user = new UserEntity(tenant);
        user.update(new UserFields(userName, null, displayName, true), "{}", Timestamps.now());
        em.persist(user);
        em.flush();
        em.persist(WorkspaceMember.manual(tenant, workspace.getId(), user.getId()));
    }

    private org.scimspace.directory.boundary.Page<MemberView> search(String text) {
        return new WorkspaceMembersQuery(em).page(workspace.getId(), null, null, text, 0, 100);
    }

    private List<String> names(String text) {
        return userNames(search(text).items());
    }

    private static List<String> userNames(List<MemberView> members) {
        return members.stream().map(MemberView::userName).toList();
    }
}
