package org.scimspace.scim.boundary;

import java.util.List;
import java.util.Map;

import org.scimspace.scim.ScimException;
import org.scimspace.scim.filter.Filter;
import org.scimspace.scim.filter.FilterParser;
import org.scimspace.scim.schema.AttributeNames;

/**
 * A query of a resource collection, from GET query parameters or a {@code POST .search}
 * body (RFC 7644 §3.4.3); both end here so they behave the same.
 */
public record SearchRequest(
        Filter filter,
        String sortBy,
        String sortOrder,
        Paging paging,
        List<String> attributes,
        List<String> excludedAttributes) {

    public static SearchRequest fromQuery(
            String filter,
            String sortBy,
            String sortOrder,
            String startIndex,
            String count,
            List<String> attributes,
            List<String> excludedAttributes) {
        return new SearchRequest(
                parse(filter),
                blankToNull(sortBy),
                blankToNull(sortOrder),
                Paging.of(startIndex, count),
                AttributeNames.parse(attributes),
                AttributeNames.parse(excludedAttributes));
    }

    public static SearchRequest fromBody(Map<String, Object> body) {
        return new SearchRequest(
                parse(string(body, "filter")),
                blankToNull(string(body, "sortBy")),
                blankToNull(string(body, "sortOrder")),
                Paging.of(number(body, "startIndex"), number(body, "count")),
                AttributeNames.parse(strings(body, "attributes")),
                AttributeNames.parse(strings(body, "excludedAttributes")));
    }

    private static Filter parse(String filter) {
        return filter == null || filter.isBlank() ? null : FilterParser.parse(filter);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    private static Object value(Map<String, Object> body, String name) {
        return body.entrySet().stream()
                .filter(e -> e.getKey().equalsIgnoreCase(name))
                .map(Map.Entry::getValue)
                .filter(v -> v != null)
                .findFirst()
                .orElse(null);
    }

    private static String string(Map<String, Object> body, String name) {
        Object value = value(body, name);
        if (value == null || value instanceof String) {
            return (String) value;
        }
        throw ScimException.invalidValue("'" + name + "' must be a string.");
    }

    private static Object number(Map<String, Object> body, String name) {
        Object value = value(body, name);
        if (value == null || value instanceof Number) {
            return value;
        }
        throw ScimException.invalidValue("'" + name + "' must be an integer.");
    }

    private static List<String> strings(Map<String, Object> body, String name) {
        Object value = value(body, name);
        if (value == null) {
            return List.of();
        }
        if (value instanceof String text) {
            return List.of(text);
        }
        if (value instanceof List<?> list && list.stream().allMatch(String.class::isInstance)) {
            return list.stream().map(String.class::cast).toList();
        }
        throw ScimException.invalidValue("'" + name + "' must be a list of attribute names.");
    }
}
