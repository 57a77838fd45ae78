package org.scimspace.remotesource.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.scimspace.common.ServiceException;

class SourceRulesTest {

    @Test
    void acceptsNamesHostsPortsAndUsersAsPeopleTypeThem() {
        assertEquals("Member register", SourceRules.name("  Member register "));
        assertEquals("sftp.example.com", SourceRules.host(" sftp.example.com "));
        assertEquals("192.0.2.10", SourceRules.host("192.0.2.10"));
        assertEquals("2001:db8::1", SourceRules.host("[2001:db8::1]"));
        assertEquals(22, SourceRules.port(null));
        assertEquals(2222, SourceRules.port(2222));
        assertEquals("scim-export", SourceRules.user("scim-export"));
        assertNull(SourceRules.fingerprint("  "));
        assertEquals(
                "SHA256:4j7sy7KzqgV369tFLmMBGbxG/Qgtnin4iVvdPAN+CLI",
                SourceRules.fingerprint("SHA256:4j7sy7KzqgV369tFLmMBGbxG/Qgtnin4iVvdPAN+CLI"));
        assertEquals("exports/members.csv", FilePaths.path(" exports/members.csv "));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "sftp example.com", "sftp.example.com/path", "user@host", "host;rm"})
    void refusesHostsThatAreNoHosts(String host) {
        refusedOn("host", () -> SourceRules.host(host));
    }

    @Test
    void refusesEachBadFieldOnItsName() {
        refusedOn("name", () -> SourceRules.name(" "));
        refusedOn("name", () -> SourceRules.name("x".repeat(201)));
        refusedOn("port", () -> SourceRules.port(0));
        refusedOn("port", () -> SourceRules.port(65536));
        refusedOn("user", () -> SourceRules.user(null));
        refusedOn("user", () -> SourceRules.user("a\nb"));
        refusedOn("hostKeyFingerprint", () -> SourceRules.fingerprint("MD5:aa:bb"));
        refusedOn("password", () -> SourceRules.password("x".repeat(1025)));
        refusedOn("passphrase", () -> SourceRules.passphrase("x".repeat(1025)));
        refusedOn("path", () -> FilePaths.path(""));
        refusedOn("path", () -> FilePaths.path("exports/"));
        refusedOn("path", () -> FilePaths.path("a\u0000b"));
        refusedOn("path", () -> FilePaths.path("p".repeat(1001)));
    }

    private static void refusedOn(String field, Executable check) {
        ServiceException refused = assertThrows(ServiceException.class, check);
        assertEquals(field, refused.field(), refused.getMessage());
        assertEquals(ServiceException.Kind.INVALID, refused.kind());
    }
}
