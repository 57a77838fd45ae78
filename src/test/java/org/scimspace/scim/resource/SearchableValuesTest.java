package org.scimspace.scim.resource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.scimspace.common.Json;
import org.scimspace.directory.entity.UserValue;
import org.scimspace.scim.schema.ResourceTypeDef;

class SearchableValuesTest {

    private static final String ENTERPRISE = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";
    private static final String ACME = "urn:ietf:params:scim:schemas:extension:acme:2.0:User";

    @Test
    void movesThePrimaryElementFirstAndKeepsTheOthersInOrder() {
        Map<String, UserValue.Draft> rows = rows(
                """
                {"emails": [{"value": "a@x", "type": "work"}, {"value": "b@x", "type": "home"},
                            {"value": "c@x", "primary": true}]}""");
        assertEquals("c@x", rows.get("emails/0/value").strValue());
        assertEquals(Boolean.TRUE, rows.get("emails/0/primary").boolValue());
        assertEquals("a@x", rows.get("emails/1/value").strValue());
        assertEquals("work", rows.get("emails/1/type").strValue());
        assertEquals("b@x", rows.get("emails/2/value").strValue());
        assertEquals(6, rows.size());
    }

    @Test
    void keysAttributesInLowerCaseAndSkipsColumnsAndUnsearchableValues() {
        Map<String, UserValue.Draft> rows = rows(
                """
                {"schemas": ["urn:ietf:params:scim:schemas:core:2.0:User"], "id": "1", "externalId": "e",
                 "userName": "u", "displayName": "d", "active": true, "password": "p", "meta": {"version": "W/1"},
                 "groups": [{"value": "g"}], "name": {"givenName": "Barbara", "familyName": "Jensen"},
                 "title": "2020-01-01T00:00:00Z",
                 "x509Certificates": [{"value": "MIIB", "display": "cert"}],
                 "%s": {"department": "Sales", "manager": {"value": "m1", "displayName": "Boss"}}}"""
                        .formatted(ENTERPRISE));
        assertEquals("Barbara", rows.get("name/0/givenname").strValue());
        assertEquals("Jensen", rows.get("name/0/familyname").strValue());
        assertEquals("2020-01-01T00:00:00Z", rows.get("title/0/").strValue());
        assertNull(rows.get("title/0/").timeValue(), "a string attribute is no dateTime, whatever it looks like");
        assertEquals("cert", rows.get("x509certificates/0/display").strValue());
        String enterprise = ENTERPRISE.toLowerCase();
        assertEquals("Sales", rows.get(enterprise + ":department/0/").strValue());
        assertEquals("m1", rows.get(enterprise + ":manager/0/value").strValue());
        assertEquals("Boss", rows.get(enterprise + ":manager/0/displayname").strValue());
        assertEquals(7, rows.size(), rows.keySet().toString());
    }

    @Test
    void typesCustomExtensionValuesByTheirJsonType() {
        Map<String, UserValue.Draft> rows = rows(
                """
                {"%s": {"costCode": "CC-7", "level": 3, "remote": true, "hired": "2020-01-01T01:00:00+01:00",
                        "badges": ["gold", "silver"], "office": {"City": "Oslo", "floor": 4.5, "nested": {"x": 1}}}}"""
                        .formatted(ACME));
        String acme = ACME.toLowerCase() + ":";
        assertEquals("CC-7", rows.get(acme + "costcode/0/").strValue());
        assertNull(rows.get(acme + "costcode/0/").timeValue());
        assertEquals(
                0, new BigDecimal("3").compareTo(rows.get(acme + "level/0/").numValue()));
        assertEquals(Boolean.TRUE, rows.get(acme + "remote/0/").boolValue());
        assertEquals(
                Instant.parse("2020-01-01T00:00:00Z"),
                rows.get(acme + "hired/0/").timeValue());
        assertEquals("2020-01-01T01:00:00+01:00", rows.get(acme + "hired/0/").strValue());
        assertEquals("gold", rows.get(acme + "badges/0/").strValue());
        assertEquals("silver", rows.get(acme + "badges/1/").strValue());
        assertEquals("Oslo", rows.get(acme + "office/0/city").strValue());
        assertEquals(
                0,
                new BigDecimal("4.5")
                        .compareTo(rows.get(acme + "office/0/floor").numValue()));
        assertEquals(8, rows.size(), rows.keySet().toString());
    }

    @Test
    void cutsLongStringsToTheSearchableLength() {
        String title = "x".repeat(UserValue.MAX_STRING + 500);
        UserValue.Draft row = rows("{\"title\": \"" + title + "\"}").get("title/0/");
        assertEquals(title.substring(0, UserValue.MAX_STRING), row.strValue());
    }

    @Test
    void cutsStringsThatGrowInLowerCaseSoThatTheKeyFitsToo() {
        // U+0130 (I with dot above) becomes two characters in lower case.
        String title = "\u0130".repeat(UserValue.MAX_STRING);
        String kept = SearchableValues.searchable(title);
        assertEquals(
                UserValue.MAX_STRING, kept.toLowerCase(java.util.Locale.ROOT).length());
    }

    @Test
    void leavesOutNumbersTheColumnCannotHold() {
        Map<String, UserValue.Draft> rows =
                rows("{\"%s\": {\"big\": 1e40, \"fine\": 0.123456789012345}}".formatted(ACME));
        String acme = ACME.toLowerCase() + ":";
        assertNull(rows.get(acme + "big/0/"));
        assertEquals(new BigDecimal("0.1234567890"), rows.get(acme + "fine/0/").numValue());
    }

    /** The rows by attr/elem/sub. */
    @Test
    void customNamesLongerThanTheNameColumnsAreNotSearchable() {
        String longUrn = "urn:example:" + "u".repeat(UserValue.MAX_ATTRIBUTE);
        String longSub = "s".repeat(UserValue.MAX_SUB_ATTRIBUTE + 1);
        Map<String, UserValue.Draft> rows = rows("{\"" + longUrn + "\": {\"a\": \"x\"},"
                + " \"urn:example:ok\": {\"b\": [{\"" + longSub + "\": \"y\", \"c\": \"z\"}]}}");
        assertEquals(Set.of("urn:example:ok:b/0/c"), rows.keySet());
    }

    private static Map<String, UserValue.Draft> rows(String json) {
        List<UserValue.Draft> drafts =
                SearchableValues.of(Json.parseObject(json).orElseThrow(), ResourceTypeDef.USER);
        return drafts.stream()
                .collect(Collectors.toMap(d -> d.attr() + "/" + d.elem() + "/" + d.sub(), Function.identity()));
    }
}
