package org.scimspace.scim.testing;

import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.scimspace.scim.filter.AttributePath;
import org.scimspace.scim.filter.Filter;
import org.scimspace.scim.filter.Operator;
import org.scimspace.scim.filter.ScimPath;
import org.scimspace.scim.patch.PathSyntax;

/**
 * A stand-in for the real path parser, just enough for the test paths: {@code attr},
 * {@code attr.sub}, {@code urn:…:attr}, {@code attr[sub op "v" and/or …]} and
 * {@code attr[…].sub}. No parentheses, no quotes containing " and "/" or ".
 */
public final class SimplePathSyntax implements PathSyntax {

    private static final Pattern COMPARE = Pattern.compile("(\\S+)\\s+(\\w+)(?:\\s+(.+))?");

    @Override
    public ScimPath parse(String text) {
        int bracket = text.indexOf('[');
        if (bracket < 0) {
            return new ScimPath(attributePath(text), null, null);
        }
        int close = text.lastIndexOf(']');
        String rest = text.substring(close + 1);
        return new ScimPath(
                attributePath(text.substring(0, bracket)),
                filter(text.substring(bracket + 1, close)),
                rest.startsWith(".") ? rest.substring(1) : null);
    }

    private static AttributePath attributePath(String text) {
        String urn = null;
        String rest = text;
        if (text.regionMatches(true, 0, "urn:", 0, 4)) {
            int colon = text.lastIndexOf(':');
            urn = text.substring(0, colon);
            rest = text.substring(colon + 1);
        }
        int dot = rest.indexOf('.');
        return dot < 0
                ? new AttributePath(urn, rest, null)
                : new AttributePath(urn, rest.substring(0, dot), rest.substring(dot + 1));
    }

    private static Filter filter(String text) {
        String[] ors = text.split("(?i)\\s+or\\s+", 2);
        if (ors.length == 2) {
            return new Filter.Or(filter(ors[0]), filter(ors[1]));
        }
        String[] ands = text.split("(?i)\\s+and\\s+", 2);
        if (ands.length == 2) {
            return new Filter.And(filter(ands[0]), filter(ands[1]));
        }
        String trimmed = text.trim();
        if (trimmed.regionMatches(true, 0, "not ", 0, 4)) {
            String inner = trimmed.substring(4).trim();
            return new Filter.Not(filter(inner.substring(1, inner.length() - 1)));
        }
        Matcher m = COMPARE.matcher(trimmed);
        if (!m.matches()) {
            throw new IllegalArgumentException("Cannot parse test filter " + text);
        }
        AttributePath path = AttributePath.of(m.group(1));
        if (m.group(2).equalsIgnoreCase("pr")) {
            return new Filter.Present(path);
        }
        return new Filter.Compare(
                path,
                Operator.valueOf(m.group(2).toUpperCase()),
                literal(m.group(3).trim()));
    }

    private static Object literal(String text) {
        if (text.startsWith("\"")) {
            return text.substring(1, text.length() - 1).replace("\\\"", "\"");
        }
        if (text.equals("true") || text.equals("false")) {
            return Boolean.valueOf(text);
        }
        return text.equals("null") ? null : new BigDecimal(text);
    }
}
