package org.scimspace.it;

import java.io.File;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** What the build passes to the integration tests (see the failsafe configuration). */
public final class ItSettings {

    private ItSettings() {}

    public static String apiToken() {
        return System.getProperty("it.api.token");
    }

    public static String scimToken() {
        return System.getProperty("it.scim.token");
    }

    public static String operatorToken() {
        return System.getProperty("it.operator.token");
    }

    /** The key of remote sources' secrets, as {@code server-config/run.sh} would set it. */
    public static String secretKey() {
        return System.getProperty("it.secret.key");
    }

    /** The WAR the build produced: tests run against exactly what ships. */
    public static WebArchive war() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("it.war")));
    }
}
