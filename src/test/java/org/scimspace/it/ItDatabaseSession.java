package org.scimspace.it;

import java.nio.file.Path;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Gives the Arquillian server of an integration test run its database before Arquillian
 * reads {@code arquillian.xml}, whose options name {@code it.server.options} and
 * {@code it.micro.options}; drops the run's PostgreSQL databases at its end, once every
 * server has stopped. Registered in {@code META-INF/services}; does nothing in the plain unit
 * tests, which have no {@code it.data.dir}.
 */
public class ItDatabaseSession implements LauncherSessionListener {

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        String dataDir = System.getProperty("it.data.dir");
        if (dataDir != null) {
            System.setProperty("it.server.options", String.join(" ", ItDatabase.serverOptions(Path.of(dataDir))));
            System.setProperty("it.micro.options", String.join(" ", ItDatabase.microOptions()));
        }
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        if (System.getProperty("it.data.dir") != null) {
            ItDatabase.dropCreated();
        }
    }
}
