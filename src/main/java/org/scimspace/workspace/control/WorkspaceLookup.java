package org.scimspace.workspace.control;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

import org.scimspace.common.ServiceException;
import org.scimspace.workspace.entity.Workspace;

/** Finds a workspace of a tenant; another tenant's id is "not found", never "forbidden". */
public final class WorkspaceLookup {

    private WorkspaceLookup() {}

    public static Workspace find(EntityManager em, String tenantId, String id, LockModeType lock) {
        Workspace workspace = id == null ? null : em.find(Workspace.class, id, lock);
        if (workspace == null || !workspace.getTenantId().equals(tenantId)) {
            throw ServiceException.notFound("No such workspace.");
        }
        return workspace;
    }
}
