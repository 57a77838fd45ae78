package org.scimspace.console;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;

import java.util.HashSet;
import java.util.Set;

import org.scimspace.account.boundary.ConsoleUsers;
import org.scimspace.account.control.ConsoleIdentity;

/** Checks console logins against the console users (PBKDF2 hashes, lockout). */
@ApplicationScoped
public class ConsoleIdentityStore implements IdentityStore {

    @Inject
    ConsoleUsers users;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential login)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        return users.authenticate(login.getCaller(), login.getPasswordAsString())
                .map(ConsoleIdentityStore::valid)
                .orElse(CredentialValidationResult.INVALID_RESULT);
    }

    private static CredentialValidationResult valid(ConsoleIdentity identity) {
        Set<String> groups = new HashSet<>();
        groups.add(ConsoleSecurity.CONSOLE_ROLE);
        if (identity.mainUser()) {
            groups.add(ConsoleSecurity.MAIN_USER_ROLE);
        }
        return new CredentialValidationResult(identity.login(), groups);
    }
}
