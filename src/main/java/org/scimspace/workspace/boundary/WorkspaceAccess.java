package org.scimspace.workspace.boundary;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;

import org.scimspace.workspace.control.AdministeredWorkspaces;

/**
 * Which workspaces a workspace admin's console login may manage: those where the person it
 * names (directory userName or invited email) is a member with the role admin. Main users
 * manage every workspace and never ask.
 */
@Stateless
public class WorkspaceAccess {

    @PersistenceContext
    EntityManager em;

    /** The ids of the workspaces of the tenant the login administers, by workspace name. */
    public List<String> administeredBy(String tenantId, String login) {
        return new AdministeredWorkspaces(em).ids(tenantId, login);
    }

    public boolean canManage(String tenantId, String login, String workspaceId) {
        return new AdministeredWorkspaces(em).administers(tenantId, login, workspaceId);
    }
}
