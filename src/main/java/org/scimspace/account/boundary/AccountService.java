package org.scimspace.account.boundary;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.Optional;

import org.scimspace.account.control.AccountView;
import org.scimspace.account.control.SsoSettings;
import org.scimspace.account.entity.Tenant;
import org.scimspace.common.ServiceException;

/** An account's settings: SSO configuration and the SCIM enable flag (product rule 1). */
@Stateless
public class AccountService {

    @PersistenceContext
    EntityManager em;

    public AccountView account(String tenantId) {
        return AccountView.of(tenant(tenantId));
    }

    public AccountView configureSso(String tenantId, String entraTenantId, String domain) {
        String validTenantId = SsoSettings.entraTenantId(entraTenantId);
        String validDomain = SsoSettings.domain(domain);
        Tenant tenant = tenant(tenantId);
        tenant.configureSso(validTenantId, validDomain);
        return AccountView.of(tenant);
    }

    public AccountView enableScim(String tenantId, boolean enabled) {
        Tenant tenant = tenant(tenantId);
        try {
            tenant.enableScim(enabled);
        } catch (IllegalStateException e) {
            throw ServiceException.conflict(e.getMessage());
        }
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

    public AccountView create(String name) {
        if (name == null || name.isBlank() || name.trim().length() > 200) {
            throw ServiceException.invalid("name", "An account name of 1 to 200 characters is required.");
        }
        String trimmed = name.trim();
        if (byName(trimmed).isPresent()) {
            throw ServiceException.conflict("An account named '" + trimmed + "' exists already.");
        }
        Tenant tenant = new Tenant(trimmed);
        em.persist(tenant);
        return AccountView.of(tenant);
    }

    private Tenant tenant(String tenantId) {
        Tenant tenant = em.find(Tenant.class, tenantId);
        if (tenant == null) {
            throw ServiceException.notFound("No such account.");
        }
        return tenant;
    }
}
