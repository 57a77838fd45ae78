package org.scimspace.console;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;

import org.scimspace.common.CurrentTenant;
import org.scimspace.common.ServiceException;
import org.scimspace.directory.boundary.Page;
import org.scimspace.remotesource.boundary.RemoteSourceService;
import org.scimspace.remotesource.boundary.SourceTester;
import org.scimspace.remotesource.control.ConnectionProbe;
import org.scimspace.remotesource.control.SourceInput;
import org.scimspace.remotesource.control.SourceView;

/**
 * Account Manager → Remote Sources: the account's SFTP servers. One form adds a source or,
 * with the {@code edit} parameter, changes one; its secrets are never shown, an empty secret
 * field keeps what is stored. "Test connection" shows the server's host key fingerprint, and
 * a main user who recognises it can pin it with one click.
 */
@Named
@RequestScoped
public class RemoteSourcesPage {

    /** Sources listed on the page: an account has a handful. */
    static final int LISTED = 200;

    @Inject
    RemoteSourceService sources;

    @Inject
    SourceTester tester;

    @Inject
    CurrentTenant tenant;

    @Inject
    AccountManagerAccess access;

    @Inject
    FacesContext faces;

    private String editId;
    private SourceView editing;
    private String name;
    private String host;
    private String port;
    private String user;
    private String hostKeyFingerprint;
    private String password;
    private String privateKey;
    private String passphrase;
    private boolean removePassword;
    private boolean removePrivateKey;
    private List<SourceView> list;
    private SourceView tested;
    private ConnectionProbe probe;
    private SourceView toDelete;
    private boolean deleteDone;
    private boolean trustDone;

    @PostConstruct
    void load() {
        editId = PageParams.sticky(faces, "edit");
        if (!access.isAllowed() || editId == null || editId.isBlank()) {
            return;
        }
        try {
            editing = sources.get(tenant.id(), editId);
            if (!faces.isPostback()) {
                name = editing.name();
                host = editing.host();
                port = Integer.toString(editing.port());
                user = editing.user();
                hostKeyFingerprint = editing.hostKeyFingerprint();
            }
        } catch (ServiceException e) {
            editId = null;
            Messages.refused(faces, "source", new ServiceException(e.kind(), null, e.getMessage()));
        }
    }

    public String save() {
        if (!access.check()) {
            return null;
        }
        Integer portNumber = portNumber();
        if (portNumber == null && port != null && !port.isBlank()) {
            Messages.refused(faces, "source", ServiceException.invalid("port", "The port must be a number."));
            return null;
        }
        SourceInput input = new SourceInput(
                name,
                host,
                portNumber,
                user,
                hostKeyFingerprint,
                secret(password, removePassword),
                secret(privateKey, removePrivateKey),
                passphrase == null || passphrase.isEmpty() ? null : passphrase);
        try {
            SourceView saved = editing == null
                    ? sources.create(tenant.id(), input, tenant.actor())
                    : sources.update(tenant.id(), editing.id(), input, tenant.actor());
            Messages.done(faces, "Remote source '" + saved.name() + "' saved.");
            clearForm();
            list = null;
        } catch (ServiceException e) {
            Messages.refused(faces, "source", e);
        }
        return null;
    }

    public void test(String id) {
        if (!access.check()) {
            return;
        }
        try {
            tested = sources.get(tenant.id(), id);
            probe = tester.test(tenant.id(), id, tenant.actor());
        } catch (ServiceException e) {
            Messages.refused(faces, "sources", new ServiceException(e.kind(), "list", e.getMessage()));
        }
    }

    /**
     * Pins the fingerprint a connection test just showed: the test's form sends the source and
     * the fingerprint back in hidden fields, and the service checks both again.
     */
    public void trust() {
        trustDone = true;
        if (!access.check()) {
            return;
        }
        String id = parameter("trustSource");
        try {
            SourceView trusted =
                    sources.trustFingerprint(tenant.id(), id, parameter("trustFingerprint"), tenant.actor());
            Messages.done(
                    faces,
                    "Remote source '" + trusted.name() + "' now expects host key " + trusted.hostKeyFingerprint()
                            + ".");
            list = null;
        } catch (ServiceException e) {
            Messages.refused(faces, "sources", new ServiceException(e.kind(), "list", e.getMessage()));
        }
    }

    /** First step of a deletion: the page asks for a confirmation. */
    public void askDelete(String id) {
        if (!access.check()) {
            return;
        }
        try {
            toDelete = sources.get(tenant.id(), id);
        } catch (ServiceException e) {
            Messages.refused(faces, "sources", new ServiceException(e.kind(), "list", e.getMessage()));
        }
    }

    public void delete() {
        deleteDone = true;
        if (!access.check()) {
            return;
        }
        String id = parameter("deleteSource");
        try {
            SourceView source = sources.get(tenant.id(), id);
            sources.delete(tenant.id(), id, tenant.actor());
            Messages.done(faces, "Remote source '" + source.name() + "' deleted.");
            if (id.equals(editId)) {
                clearForm();
            }
        } catch (ServiceException e) {
            Messages.refused(faces, "sources", new ServiceException(e.kind(), "list", e.getMessage()));
        }
        list = null;
    }

    /**
     * The confirmation shows after "Delete", and stays in the component tree for the postback
     * of its own button (a request-scoped bean has forgotten which source by then).
     */
    public boolean isConfirming() {
        return !deleteDone && (toDelete != null || parameter("deleteSource") != null);
    }

    /** "Trust this host key" after a test that met an unknown key, kept for its own postback. */
    public boolean isTrustOffered() {
        if (trustDone) {
            return false;
        }
        return (probe != null && !probe.hostKeyMatches() && probe.presentedFingerprint() != null)
                || parameter("trustSource") != null;
    }

    public List<SourceView> getSources() {
        if (list == null) {
            Page<SourceView> page =
                    access.isAllowed() ? sources.list(tenant.id(), 0, LISTED) : new Page<>(0, List.of());
            list = page.items();
        }
        return list;
    }

    public String time(java.time.Instant time) {
        return ConsoleTimes.format(time);
    }

    /** How a source authenticates, in words. */
    public String authentication(SourceView source) {
        if (source.hasPassword() && source.hasPrivateKey()) {
            return "private key" + (source.hasPassphrase() ? " (with passphrase)" : "") + " and password";
        }
        return source.hasPrivateKey()
                ? "private key" + (source.hasPassphrase() ? " (with passphrase)" : "")
                : "password";
    }

    private String parameter(String name) {
        return faces.getExternalContext().getRequestParameterMap().get(name);
    }

    private static String secret(String given, boolean remove) {
        if (remove) {
            return "";
        }
        return given == null || given.isEmpty() ? null : given;
    }

    private Integer portNumber() {
        if (port == null || port.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(port.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private void clearForm() {
        editId = null;
        editing = null;
        name = null;
        host = null;
        port = null;
        user = null;
        hostKeyFingerprint = null;
        password = null;
        privateKey = null;
        passphrase = null;
        removePassword = false;
        removePrivateKey = false;
    }

    public SourceView getEditing() {
        return editing;
    }

    public String getEditId() {
        return editId;
    }

    public SourceView getTested() {
        return tested;
    }

    public ConnectionProbe getProbe() {
        return probe;
    }

    public SourceView getToDelete() {
        return toDelete;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getHost() {
        return host;
    }

    public void setHost(String host) {
        this.host = host;
    }

    public String getPort() {
        return port;
    }

    public void setPort(String port) {
        this.port = port;
    }

    public String getUser() {
        return user;
    }

    public void setUser(String user) {
        this.user = user;
    }

    public String getHostKeyFingerprint() {
        return hostKeyFingerprint;
    }

    public void setHostKeyFingerprint(String hostKeyFingerprint) {
        this.hostKeyFingerprint = hostKeyFingerprint;
    }

    /** Never read back into the page: the field is always empty. */
    public String getPassword() {
        return null;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getPrivateKey() {
        return null;
    }

    public void setPrivateKey(String privateKey) {
        this.privateKey = privateKey;
    }

    public String getPassphrase() {
        return null;
    }

    public void setPassphrase(String passphrase) {
        this.passphrase = passphrase;
    }

    public boolean isRemovePassword() {
        return removePassword;
    }

    public void setRemovePassword(boolean removePassword) {
        this.removePassword = removePassword;
    }

    public boolean isRemovePrivateKey() {
        return removePrivateKey;
    }

    public void setRemovePrivateKey(boolean removePrivateKey) {
        this.removePrivateKey = removePrivateKey;
    }
}
