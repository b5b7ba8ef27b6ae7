package io.hearth.platform.commission;

import io.hearth.platform.tenant.TenantType;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

public final class CommissionRuleDto {

    private CommissionRuleDto() {
    }

    public record Create(
            @NotNull TenantType tenantType,
            UUID planId,
            @Pattern(regexp = "[a-z][a-z0-9-]{0,59}") String serviceCategoryCode,
            @PositiveOrZero @Max(10_000) int rateBp,
            @PositiveOrZero long minFeeFen,
            @PositiveOrZero Long maxFeeFen,
            @NotNull LocalDate effectiveFrom,
            @Size(max = 500) String note) {
    }

    public record View(UUID id, TenantType tenantType, UUID planId, String serviceCategoryCode, int rateBp,
            long minFeeFen, Long maxFeeFen, LocalDate effectiveFrom, String note, Instant createdAt, String createdBy) {

        static View of(CommissionRule r) {
            return new View(r.id, r.tenantType, r.planId, r.serviceCategoryCode, r.rateBp, r.minFeeFen, r.maxFeeFen,
                    r.effectiveFrom, r.note, r.createdAt, r.createdBy);
        }
    }

    /** The rule in force for a scope on a date, and what it takes from an example amount. */
    public record Effective(View rule, LocalDate on, Long amountFen, Long feeFen) {
    }
}
