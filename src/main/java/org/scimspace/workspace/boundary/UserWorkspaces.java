package org.scimspace.workspace.boundary;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;

import org.scimspace.workspace.control.UserWorkspace;
import org.scimspace.workspace.control.UserWorkspacesQuery;

/** Which workspaces a directory user is in and why, for the Account Manager's user page. */
@Stateless
public class UserWorkspaces {

    @PersistenceContext
    EntityManager em;

    /** The user's workspaces of the tenant, by name; none for another tenant's user. */
    public List<UserWorkspace> workspacesOf(String tenantId, String userId) {
        return new UserWorkspacesQuery(em).of(tenantId, userId);
    }
}
