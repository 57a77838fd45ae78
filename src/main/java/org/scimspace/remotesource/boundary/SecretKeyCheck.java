package org.scimspace.remotesource.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;

import org.scimspace.remotesource.control.SecretKeySetting;

/** Says at start, in the server log, when remote sources cannot work for want of a key. */
@Singleton
@Startup
public class SecretKeyCheck {

    @Inject
    SecretKeySetting key;

    @PostConstruct
    void check() {
        key.check();
    }
}
