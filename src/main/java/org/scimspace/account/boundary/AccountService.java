package org.scimspace.account.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.Optional;

import org.scimspace.account.control.AccountLines;
import org.scimspace.account.control.AccountView;
import org.scimspace.account.control.SsoSettings;
import org.scimspace.account.entity.Tenant;
import org.scimspace.audit.AuditLog;
import org.scimspace.common.ServiceException;

/** An account's settings: SSO configuration and the SCIM enable flag (product rule 1). */
@Stateless
public class AccountService {

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditLog log;

    public AccountView account(String tenantId) {
        return AccountView.of(tenant(tenantId));
    }

    public AccountView configureSso(String tenantId, String actor, String entraTenantId, String domain) {
        String validTenantId = SsoSettings.entraTenantId(entraTenantId);
        String validDomain = SsoSettings.domain(domain);
        Tenant tenant = tenant(tenantId);
        tenant.configureSso(validTenantId, validDomain);
        log.record(AccountLines.line(
                tenantId,
                actor,
                "configure SSO",
                target(tenant),
                "Entra tenant " + validTenantId + (validDomain == null ? "" : ", domain " + validDomain)));
        return AccountView.of(tenant);
    }

    public AccountView enableScim(String tenantId, String actor, boolean enabled) {
        Tenant tenant = tenant(tenantId);
        boolean before = tenant.isScimEnabled();
        try {
            tenant.enableScim(enabled);
        } catch (IllegalStateException e) {
            throw ServiceException.conflict(e.getMessage());
        }
        log.record(AccountLines.line(
                tenantId,
                actor,
                enabled ? "enable SCIM" : "disable SCIM",
                target(tenant),
                before == enabled ? "unchanged" : null));
        return AccountView.of(tenant);
    }

    public Optional<AccountView> byName(String name) {
        return em.createNamedQuery(Tenant.BY_NAME, Tenant.class)
                .setParameter("name", name)
                .getResultStream()
                .findFirst()
                .map(AccountView::of);
    }

    public List<AccountView> all() {
        return em.createNamedQuery(Tenant.ALL, Tenant.class)
                .getResultStream()
                .map(AccountView::of)
                .toList();
    }

    public AccountView create(String name, String actor) {
        if (name == null || name.isBlank() || name.trim().length() > 200) {
            throw ServiceException.invalid("name", "An account name of 1 to 200 characters is required.");
        }
        String trimmed = name.trim();
        if (byName(trimmed).isPresent()) {
            throw ServiceException.conflict("An account named '" + trimmed + "' exists already.");
        }
        Tenant tenant = new Tenant(trimmed);
        em.persist(tenant);
        log.record(AccountLines.line(tenant.getId(), actor, "create account", target(tenant)));
        return AccountView.of(tenant);
    }

    private static String target(Tenant tenant) {
        return "Account " + tenant.getName();
    }

    private Tenant tenant(String tenantId) {
        Tenant tenant = em.find(Tenant.class, tenantId);
        if (tenant == null) {
            throw ServiceException.notFound("No such account.");
        }
        return tenant;
    }
}
