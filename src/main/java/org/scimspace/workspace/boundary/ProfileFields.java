package org.scimspace.workspace.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.scimspace.audit.AuditLog;
import org.scimspace.audit.LogLine;
import org.scimspace.audit.LogType;
import org.scimspace.common.CurrentTenant;
import org.scimspace.workspace.control.FieldDefinition;
import org.scimspace.workspace.control.ProfileFieldView;
import org.scimspace.workspace.control.ProfileValues;
import org.scimspace.workspace.control.WorkspaceLookup;
import org.scimspace.workspace.entity.FieldType;
import org.scimspace.workspace.entity.ProfileField;
import org.scimspace.workspace.entity.Workspace;

/**
 * A workspace's custom profile fields, which a remote source's file fills per member. The
 * list is replaced whole; a field keeps its values while its name (ignoring case) and type
 * stay, a choice field keeps the values that are still allowed.
 */
@Stateless
public class ProfileFields {

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditLog log;

    @Inject
    CurrentTenant caller;

    public List<ProfileFieldView> list(String tenantId, String workspaceId) {
        WorkspaceLookup.find(em, tenantId, workspaceId, LockModeType.NONE);
        return new ProfileValues(em).fields(workspaceId);
    }

    public List<ProfileFieldView> replace(String tenantId, String workspaceId, List<FieldDefinition> definitions) {
        Workspace workspace = WorkspaceLookup.find(em, tenantId, workspaceId, LockModeType.PESSIMISTIC_WRITE);
        Map<String, ProfileField> existing = new HashMap<>();
        em.createQuery("select f from ProfileField f where f.workspaceId = :workspace", ProfileField.class)
                .setParameter("workspace", workspaceId)
                .getResultList()
                .forEach(field -> existing.put(field.getNameKey(), field));
        for (int i = 0; i < definitions.size(); i++) {
            FieldDefinition definition = definitions.get(i);
            ProfileField field = existing.remove(ProfileField.nameKey(definition.name()));
            boolean created = field == null;
            if (created) {
                field = new ProfileField(tenantId, workspaceId);
            } else if (field.getType() != definition.type()) {
                removeValues(field, null);
            } else if (definition.type() == FieldType.CHOICE) {
                removeValues(field, definition.allowedValues());
            }
            field.define(definition.name(), definition.type(), definition.allowedValues(), i);
            if (created) {
                // Persisted once defined: Hibernate (WildFly) inserts the state an entity has
                // when persisted, EclipseLink (Payara) the state it has at the flush.
                em.persist(field);
            }
        }
        for (ProfileField removed : existing.values()) {
            removeValues(removed, null);
            em.remove(removed);
        }
        em.flush();
        log.record(new LogLine(
                tenantId,
                LogType.WORKSPACE,
                caller.actor(),
                "set profile fields",
                "Workspace " + workspaceId,
                null,
                workspaceId,
                true,
                null,
                null,
                "profile fields of " + workspace.getName() + ": "
                        + (definitions.isEmpty()
                                ? "none"
                                : definitions.stream()
                                        .map(d -> d.name() + " (" + d.type().wireName() + ")")
                                        .collect(Collectors.joining(", ")))));
        return new ProfileValues(em).fields(workspaceId);
    }

    /** Removes the field's values, or only those not among {@code kept} when given. */
    private void removeValues(ProfileField field, List<String> kept) {
        String keptCondition = kept == null ? "" : " and v.fieldValue not in :kept";
        Query delete = em.createQuery(
                        "delete from ProfileValue v where v.workspaceId = :workspace and v.fieldId = :field"
                                + keptCondition)
                .setParameter("workspace", field.getWorkspaceId())
                .setParameter("field", field.getId());
        if (kept != null) {
            delete.setParameter("kept", kept);
        }
        delete.executeUpdate();
    }
}
