package org.scimspace.workspace.boundary;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.scimspace.audit.AuditLog;
import org.scimspace.common.CurrentTenant;
import org.scimspace.directory.event.GroupDeleted;
import org.scimspace.directory.event.GroupExternalIdChanged;
import org.scimspace.directory.event.GroupMembersChanged;
import org.scimspace.directory.event.UserActivityChanged;
import org.scimspace.directory.event.UserDeleted;
import org.scimspace.workspace.control.MembershipRuleEngine;

/**
 * Applies the membership rules to every directory change, inside the SCIM request's
 * transaction (synchronous observers of an EJB join it), with each effect written to the
 * provisioning log under the caller's token.
 */
@Stateless
public class MembershipRules {

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditLog log;

    @Inject
    CurrentTenant caller;

    public void onMembersChanged(@Observes GroupMembersChanged change) {
        engine().membersChanged(change);
    }

    public void onGroupDeleted(@Observes GroupDeleted deleted) {
        engine().groupDeleted(deleted);
    }

    public void onExternalIdChanged(@Observes GroupExternalIdChanged change) {
        engine().externalIdChanged(change);
    }

    public void onActivityChanged(@Observes UserActivityChanged change) {
        engine().activityChanged(change);
    }

    public void onUserDeleted(@Observes UserDeleted deleted) {
        engine().userDeleted(deleted);
    }

    private MembershipRuleEngine engine() {
        String actor = caller.actor();
        return new MembershipRuleEngine(
                em,
                (tenantId, workspaceId, userIds, operation, reason) ->
                        log.recordMemberships(tenantId, actor, workspaceId, userIds, operation, reason));
    }
}
