package io.hearth.platform.dispatch;

import com.fasterxml.jackson.databind.JsonNode;
import io.hearth.platform.tenant.DispatchMode;
import io.hearth.platform.tenant.TenantSettings;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** What the dispatch API reads and writes. */
public final class DispatchDto {

    private DispatchDto() {
    }

    /** The tenant's dispatch settings (read and write). */
    public record Settings(@NotNull DispatchMode mode, @NotNull @Min(10) @Max(3600) Integer grabWindowSeconds,
            @NotNull @Valid TenantSettings.DispatchRules rules) {
    }

    /** A ranked candidate as dispatchers see them (phone masked). */
    public record Candidate(int rank, UUID workerId, String displayName, String phone, long distanceMeters,
            double score, DispatchScore.Parts parts, int openOrders, boolean favourite) {
    }

    /** Candidates within {@code radiusKm}, best first, and the nearby workers left out with why. */
    public record Candidates(UUID orderId, int radiusKm, List<Candidate> candidates, Map<UUID, String> excluded) {
    }

    /** A grab round on the board. */
    public record Offer(UUID id, UUID orderId, int round, boolean fallback, int radiusKm, Instant openedAt,
            Instant closesAt, GrabOffers.State state, UUID winnerId, Instant closedAt, int recipients,
            JsonNode order) {

        static Offer of(GrabOffers.Offer o) {
            return new Offer(o.id(), o.orderId(), o.round(), o.fallback(), o.radiusKm(), o.openedAt(), o.closesAt(),
                    o.state(), o.winnerId(), o.closedAt(), o.recipients(), o.summary());
        }
    }

    /** An order's dispatch state on the board. */
    public record OrderState(UUID orderId, String orderNo, Instant startAt, String state, String reason,
            Instant updatedAt) {
    }

    /** The answer to a grab. */
    public record Grab(UUID offerId, boolean grabbed, boolean repeated) {
    }
}
