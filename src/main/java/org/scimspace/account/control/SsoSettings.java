package org.scimspace.account.control;

import java.util.Locale;
import java.util.regex.Pattern;

import org.scimspace.common.ServiceException;

/** Validates the Single Sign-On settings: an Entra tenant id (a GUID) and a DNS domain. */
public final class SsoSettings {

    private static final Pattern GUID =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    private static final Pattern DOMAIN =
            Pattern.compile("(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z]{2,63}");

    private SsoSettings() {}

    /** The tenant id in lower case. */
    public static String entraTenantId(String value) {
        if (value == null || value.isBlank()) {
            throw ServiceException.invalid("entraTenantId", "The Entra tenant id is required.");
        }
        String trimmed = value.trim();
        if (!GUID.matcher(trimmed).matches()) {
            throw ServiceException.invalid(
                    "entraTenantId",
                    "The Entra tenant id must be a GUID such as 72f988bf-86f1-41af-91ab-2d7cd011db47.");
        }
        return trimmed.toLowerCase(Locale.ROOT);
    }

    /** The domain in lower case, or null when none was given. */
    public static String domain(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String trimmed = value.trim().toLowerCase(Locale.ROOT);
        if (!DOMAIN.matcher(trimmed).matches()) {
            throw ServiceException.invalid("domain", "The domain must be a DNS name such as contoso.com.");
        }
        return trimmed;
    }
}
