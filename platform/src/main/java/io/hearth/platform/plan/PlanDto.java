package io.hearth.platform.plan;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.UUID;

public final class PlanDto {

    private PlanDto() {
    }

    public record Create(
            @NotBlank @Pattern(regexp = "[a-z][a-z0-9-]{1,39}") String code,
            @NotBlank @Size(max = 120) String name,
            @Positive @Max(1_000_000) int maxWorkers,
            @Positive @Max(100_000) int maxStaffAccounts,
            @PositiveOrZero long monthlyPriceFen) {
    }

    public record Update(
            @NotBlank @Size(max = 120) String name,
            @Positive @Max(1_000_000) int maxWorkers,
            @Positive @Max(100_000) int maxStaffAccounts,
            @PositiveOrZero long monthlyPriceFen,
            boolean active) {
    }

    public record View(UUID id, String code, String name, int maxWorkers, int maxStaffAccounts, long monthlyPriceFen,
            boolean active, Instant createdAt, Instant updatedAt) {

        static View of(Plan p) {
            return new View(p.id, p.code, p.name, p.maxWorkers, p.maxStaffAccounts, p.monthlyPriceFen, p.active,
                    p.createdAt, p.updatedAt);
        }
    }
}
