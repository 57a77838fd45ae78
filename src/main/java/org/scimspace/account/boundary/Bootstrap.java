package org.scimspace.account.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJBException;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;

import java.util.Optional;
import java.util.logging.Logger;

/**
 * First start on an empty database ({@link FirstStart}): the account {@code default}, its
 * main user {@code admin} and the configured tokens. Instances that start together on one
 * empty database both find it empty; the one whose transaction commits second fails on the
 * unique account name and tries once more, finding the account the other made. What was
 * created is logged only once its transaction has committed, so no instance prints a
 * password that was rolled back. Bean-managed, so that each try is a transaction of its own.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@TransactionManagement(TransactionManagementType.BEAN)
public class Bootstrap {

    private static final Logger LOG = Logger.getLogger(Bootstrap.class.getName());

    @Inject
    FirstStart firstStart;

    @PostConstruct
    void bootstrap() {
        Optional<FirstStart.CreatedAccount> created;
        try {
            created = firstStart.seed();
        } catch (EJBException lostRace) {
            // the server has logged the failed transaction (a duplicate key) already
            LOG.info("Another instance seeded the database at the same moment; seeding again on what it committed.");
            created = firstStart.seed();
        }
        created.ifPresent(Bootstrap::logCreated);
    }

    private static void logCreated(FirstStart.CreatedAccount account) {
        account.generatedPassword()
                .ifPresent(password -> LOG.warning(() -> "Scimspace first start: log in to the console as '"
                        + FirstStart.ADMIN_LOGIN + "' with the password " + password
                        + " (shown once; set SCIMSPACE_BOOTSTRAP_ADMIN_PASSWORD to choose it)."));
        LOG.info(() -> "Scimspace first start: created account '" + FirstStart.DEFAULT_TENANT + "' with main user '"
                + FirstStart.ADMIN_LOGIN + "'.");
    }
}
