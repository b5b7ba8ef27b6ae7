package io.hearth.platform.tenant;

import io.hearth.platform.shared.web.ApiException;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

/** Checks on tenant data that bean validation cannot express. Pure; throws 422 problems. */
final class TenantRules {

    static final Set<String> LOCALES = Set.of("zh-CN", "en", "ja", "ko");

    private TenantRules() {
    }

    static void checkLocaleAndZone(String locale, String timeZone) {
        if (!LOCALES.contains(locale)) {
            throw new ApiException(422, "tenant-locale-unsupported", locale, String.join(", ", List.copyOf(new java.util.TreeSet<>(LOCALES))));
        }
        try {
            ZoneId.of(timeZone);
        } catch (DateTimeException e) {
            throw new ApiException(422, "tenant-time-zone-unknown", timeZone);
        }
    }

    static void checkCities(TenantType type, List<String> cityCodes, ServiceArea area) {
        if (type == TenantType.CITY_OPERATOR && (cityCodes.size() != 1 || area == null)) {
            throw new ApiException(422, "tenant-city-operator-city");
        }
        if (cityCodes.stream().distinct().count() != cityCodes.size()) {
            throw new ApiException(422, "tenant-city-duplicate");
        }
    }

    static void checkTransition(Tenant tenant, TenantStatus next) {
        if (!tenant.status.canBecome(next)) {
            throw new ApiException(409, "tenant-status-transition", tenant.slug, tenant.status, next);
        }
    }
}
