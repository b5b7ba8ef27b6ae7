package io.hearth.platform.tenant;

import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The tenant's own branding change, field by field (pure): the same formats as the super-admin's
 * {@link TenantDto.BrandingUpdate}, answered as one 422 with a problem message key per field.
 */
final class BrandingRules {

    static final int DISPLAY_NAME_MAX = 120;
    private static final Pattern COLOR = Pattern.compile(TenantDto.COLOR);
    private static final Pattern APP_ID = Pattern.compile(TenantDto.APP_ID);
    /** A company line as customers dial it: 400-820-8820, 021-64451234, +8613800138000. */
    private static final Pattern PHONE = Pattern.compile("(?=.{5,20}$)\\+?[0-9]+(-[0-9]+)*");

    private BrandingRules() {
    }

    /** Field name → problem message key; empty when the (normalized) change is well-formed. */
    static Map<String, String> check(BrandingSettings.Change in) {
        Map<String, String> errors = new TreeMap<>();
        if (in.displayName() == null || in.displayName().isEmpty()) {
            errors.put("displayName", "branding-display-name-required");
        } else if (in.displayName().length() > DISPLAY_NAME_MAX) {
            errors.put("displayName", "branding-display-name-too-long");
        }
        if (in.primaryColor() != null && !COLOR.matcher(in.primaryColor()).matches()) {
            errors.put("primaryColor", "branding-color-format");
        }
        if (in.miniProgramAppId() != null && !APP_ID.matcher(in.miniProgramAppId()).matches()) {
            errors.put("miniProgramAppId", "branding-app-id-format");
        }
        if (in.servicePhone() != null && !PHONE.matcher(in.servicePhone()).matches()) {
            errors.put("servicePhone", "branding-phone-format");
        }
        if (in.version() == null) {
            errors.put("version", "branding-version-required");
        }
        return errors;
    }
}
