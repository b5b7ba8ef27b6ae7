package io.hearth.platform.pricing;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;

public final class PricingDto {

    private PricingDto() {
    }

    /** {@code version} 0 and no {@code updatedAt}: the tenant never set rules, these are the defaults. */
    public record Rules(PricingRules rules, int version, Instant updatedAt) {
        static Rules of(PricingRulesStore.Stored s) {
            return new Rules(s.rules(), s.version(), s.updatedAt());
        }
    }

    public record Holiday(LocalDate date, String name, Instant updatedAt) {
        static Holiday of(TenantHoliday h) {
            return new Holiday(h.onDate, h.name, h.updatedAt);
        }
    }

    public record HolidayInput(@NotBlank @Size(max = 60) String name) {
    }
}
