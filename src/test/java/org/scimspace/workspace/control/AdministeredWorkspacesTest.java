package org.scimspace.workspace.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import org.scimspace.workspace.entity.Role;
import org.scimspace.workspace.entity.Workspace;
import org.scimspace.workspace.entity.WorkspaceMember;

/** A workspace admin's login finds exactly the workspaces their person administers, on a real H2. */
class AdministeredWorkspacesTest {

    private static final EntityManagerFactory FACTORY = TestDatabase.entityManagerFactory();

    private final EntityManager em = FACTORY.createEntityManager();
    private final AdministeredWorkspaces query = new AdministeredWorkspaces(em);
    private final String tenant = Ids.newId();
    private final String otherTenant = Ids.newId();

    @BeforeEach
    void begin() {
        em.getTransaction().begin();
    }

    @AfterEach
    void rollBack() {
        em.getTransaction().rollback();
        em.close();
    }

    @Test
    void onlyWorkspacesWhereTheDirectoryUserIsAdminByUserNameIgnoringCase() {
        UserEntity ada = user(tenant, "Ada@Contoso.example", true);
        Workspace zeta = workspace(tenant, "Zeta");
        Workspace alpha = workspace(tenant, "alpha");
        Workspace participantOnly = workspace(tenant, "Participants");
        Workspace notMember = workspace(tenant, "Elsewhere");
        member(zeta, ada.getId(), Role.ADMIN);
        member(alpha, ada.getId(), Role.ADMIN);
        member(participantOnly, ada.getId(), Role.PARTICIPANT);
        em.flush();

        assertEquals(List.of(alpha.getId(), zeta.getId()), query.ids(tenant, "ada@contoso.example"), "by name");
        assertEquals(List.of(alpha.getId(), zeta.getId()), query.ids(tenant, " ADA@contoso.EXAMPLE "));
        assertTrue(query.administers(tenant, "ada@contoso.example", zeta.getId()));
        assertFalse(query.administers(tenant, "ada@contoso.example", participantOnly.getId()));
        assertFalse(query.administers(tenant, "ada@contoso.example", notMember.getId()));
        assertFalse(query.administers(tenant, "ada@contoso.example", null));
        assertEquals(List.of(), query.ids(tenant, "grace@contoso.example"));
    }

    @Test
    void anotherAccountsUserOrWorkspaceNeverCounts() {
        UserEntity ada = user(tenant, "ada@contoso.example", true);
        UserEntity foreignAda = user(otherTenant, "ada@contoso.example", true);
        Workspace own = workspace(tenant, "Own");
        Workspace foreign = workspace(otherTenant, "Foreign");
        member(own, ada.getId(), Role.ADMIN);
        member(foreign, foreignAda.getId(), Role.ADMIN);
        em.flush();

        assertEquals(List.of(own.getId()), query.ids(tenant, "ada@contoso.example"));
        assertFalse(query.administers(tenant, "ada@contoso.example", foreign.getId()));
        assertEquals(List.of(foreign.getId()), query.ids(otherTenant, "ada@contoso.example"));
    }

    @Test
    void aDeactivatedUserAdministersNothingNotEvenByAnInvitationUnderTheSameAddress() {
        UserEntity ada = user(tenant, "ada@contoso.example", false);
        Invitee sameAddress = invitee(tenant, "Ada@contoso.example");
        Workspace byUser = workspace(tenant, "By user");
        Workspace byInvitation = workspace(tenant, "By invitation");
        member(byUser, ada.getId(), Role.ADMIN);
        member(byInvitation, sameAddress.getId(), Role.ADMIN);
        em.flush();

        assertEquals(List.of(), query.ids(tenant, "ada@contoso.example"));
        assertFalse(query.administers(tenant, "ada@contoso.example", byUser.getId()));
        assertFalse(query.administers(tenant, "ada@contoso.example", byInvitation.getId()));
    }

    @Test
    void anInvitedPersonAdministersByEmailAndAWorkspaceCountsOnce() {
        Invitee guest = invitee(tenant, "Guest@Fabrikam.example");
        UserEntity sameName = user(tenant, "guest@fabrikam.example", true);
        Workspace club = workspace(tenant, "Club");
        member(club, guest.getId(), Role.ADMIN);
        member(club, sameName.getId(), Role.ADMIN);
        em.flush();

        assertEquals(List.of(club.getId()), query.ids(tenant, "guest@fabrikam.example"));
        assertTrue(query.administers(tenant, "GUEST@fabrikam.example", club.getId()));
    }

    @Test
    void noLoginNoWorkspaces() {
        assertEquals(List.of(), query.ids(tenant, null));
        assertEquals(List.of(), query.ids(tenant, "  "));
        assertFalse(query.administers(tenant, null, Ids.newId()));
        assertNull(AdministeredWorkspaces.key(" "));
        assertEquals("ada@contoso.example", AdministeredWorkspaces.key(" Ada@Contoso.Example"));
    }

    private UserEntity user(String tenantId, String userName, boolean active) {
        UserEntity user = new UserEntity(tenantId);
        user.update(new UserFields(userName, null, null, active), "{}", Timestamps.now());
        em.persist(user);
        return user;
    }

    private Invitee invitee(String tenantId, String email) {
        Invitee invitee = new Invitee(tenantId, email);
        em.persist(invitee);
        return invitee;
    }

    private Workspace workspace(String tenantId, String name) {
        Workspace workspace = new Workspace(tenantId, name);
        em.persist(workspace);
        return workspace;
    }

    private void member(Workspace workspace, String userId, Role role) {
        WorkspaceMember member = WorkspaceMember.manual(workspace.getTenantId(), workspace.getId(), userId);
        member.changeRole(role);
        em.persist(member);
    }
}
