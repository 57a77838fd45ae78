package org.scimspace.scim.resource;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.scimspace.directory.entity.UserValue;
import org.scimspace.scim.schema.AttributeDef;
import org.scimspace.scim.schema.AttributeType;
import org.scimspace.scim.schema.DateTimes;
import org.scimspace.scim.schema.ResourceTypeDef;
import org.scimspace.scim.schema.SchemaDef;

/**
 * Copies the values of a canonical resource tree into the rows that filters and sorting run
 * on ({@link UserValue}), so that any filter becomes one SQL statement instead of a scan of
 * JSON documents. The schema decides which attributes are copied, their row keys and which
 * strings are date-times; values of extensions the schema does not know are typed by their
 * JSON type. The key rules here are the contract the filter translator queries by.
 */
public final class SearchableValues {

    /** Core attributes that are columns of the user, or never searchable. */
    private static final Set<String> NOT_COPIED =
            Set.of("id", "externalid", "meta", "username", "displayname", "active", "password", "groups", "schemas");

    /** Integer digits the numeric column holds (precision 38, scale 10). */
    private static final int MAX_INTEGER_DIGITS = 28;

    private static final int NUMBER_SCALE = 10;

    private SearchableValues() {}

    public static List<UserValue.Draft> of(Map<String, Object> canonicalTree, ResourceTypeDef type) {
        List<UserValue.Draft> drafts = new ArrayList<>();
        canonicalTree.forEach((key, value) -> {
            Optional<SchemaDef> extension = type.extension(key);
            if (extension.isPresent()) {
                forEachMember(value, (name, member) -> extension
                        .get()
                        .attribute(name)
                        .ifPresent(def -> attribute(drafts, lower(key) + ":" + lower(def.name()), def, member)));
            } else if (lower(key).startsWith("urn:") && type.schema(key).isEmpty()) {
                forEachMember(value, (name, member) -> custom(drafts, lower(key) + ":" + lower(name), member));
            } else if (!NOT_COPIED.contains(lower(key))) {
                type.attribute(null, key).ifPresent(def -> attribute(drafts, lower(def.name()), def, value));
            }
        });
        return drafts;
    }

    /** The row key of a string value: long values are searchable by their prefix only. */
    static String searchable(String text) {
        int end = Math.min(text.length(), UserValue.MAX_STRING);
        // A few characters grow when lower-cased, and the lower-case copy has the same limit.
        while (text.substring(0, end).toLowerCase(Locale.ROOT).length() > UserValue.MAX_STRING) {
            end--;
        }
        if (end < text.length() && end > 0 && Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end);
    }

    private static void attribute(List<UserValue.Draft> drafts, String attr, AttributeDef def, Object value) {
        List<Object> elements = def.multiValued() ? primaryFirst(value) : List.of(value);
        for (int elem = 0; elem < elements.size(); elem++) {
            Object element = elements.get(elem);
            if (!def.isComplex()) {
                simple(drafts, attr, elem, "", def.type(), element);
                continue;
            }
            int index = elem;
            forEachMember(element, (name, member) -> def.subAttribute(name)
                    .filter(sub -> !sub.isComplex())
                    .ifPresent(sub -> simple(drafts, attr, index, lower(sub.name()), sub.type(), member)));
        }
    }

    /** A value of an extension the schema does not describe: one level of structure, typed as JSON. */
    private static void custom(List<UserValue.Draft> drafts, String attr, Object value) {
        List<Object> elements = primaryFirst(value);
        for (int elem = 0; elem < elements.size(); elem++) {
            Object element = elements.get(elem);
            int index = elem;
            if (element instanceof Map<?, ?>) {
                forEachMember(element, (name, member) -> simple(drafts, attr, index, lower(name), null, member));
            } else {
                simple(drafts, attr, index, "", null, element);
            }
        }
    }

    /**
     * One row for a simple value.
     *
     * @param type the schema type, or null for a value typed by its JSON type
     */
    private static void simple(
            List<UserValue.Draft> drafts, String attr, int elem, String sub, AttributeType type, Object value) {
        // A custom extension may name attributes longer than the name columns: such values
        // stay in the document but are not searchable, where they used to fail the request.
        if (type == AttributeType.BINARY
                || attr.length() > UserValue.MAX_ATTRIBUTE
                || sub.length() > UserValue.MAX_SUB_ATTRIBUTE) {
            return;
        }
        if (value instanceof String text) {
            boolean mayBeTime = type == null || type == AttributeType.DATE_TIME;
            drafts.add(new UserValue.Draft(
                    attr,
                    elem,
                    sub,
                    searchable(text),
                    null,
                    null,
                    mayBeTime ? DateTimes.parse(text).orElse(null) : null));
        } else if (value instanceof Boolean bool) {
            drafts.add(new UserValue.Draft(attr, elem, sub, null, null, bool, null));
        } else if (value instanceof Number number) {
            BigDecimal decimal = new BigDecimal(number.toString());
            // A number the column cannot hold stays in the document but is not searchable.
            if (decimal.precision() - decimal.scale() <= MAX_INTEGER_DIGITS) {
                BigDecimal stored = decimal.scale() > NUMBER_SCALE
                        ? decimal.setScale(NUMBER_SCALE, RoundingMode.HALF_EVEN)
                        : decimal;
                drafts.add(new UserValue.Draft(attr, elem, sub, null, stored, null, null));
            }
        }
    }

    /**
     * The elements of a multi-valued value with the primary one first (others keep their
     * order), because element 0 is what sorting uses (RFC 7644 §3.4.2.3). A single value
     * where a list belongs counts as a list of one.
     */
    private static List<Object> primaryFirst(Object value) {
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof List<?> list)) {
            return List.of(value);
        }
        List<Object> elements = new ArrayList<>(list);
        for (int i = 0; i < elements.size(); i++) {
            if (elements.get(i) instanceof Map<?, ?> element && Boolean.TRUE.equals(primaryOf(element))) {
                elements.add(0, elements.remove(i));
                break;
            }
        }
        return elements;
    }

    private static Object primaryOf(Map<?, ?> element) {
        return element.entrySet().stream()
                .filter(e -> "primary".equalsIgnoreCase(String.valueOf(e.getKey())))
                .map(Map.Entry::getValue)
                .findFirst()
                .orElse(null);
    }

    private interface MemberAction {
        void accept(String name, Object value);
    }

    private static void forEachMember(Object value, MemberAction action) {
        if (value instanceof Map<?, ?> map) {
            map.forEach((name, member) -> action.accept(String.valueOf(name), member));
        }
    }

    private static String lower(String text) {
        return text.toLowerCase(Locale.ROOT);
    }
}
