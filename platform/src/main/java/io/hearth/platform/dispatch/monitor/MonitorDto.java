package io.hearth.platform.dispatch.monitor;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** What the alert board and the complaint APIs read and write. */
public final class MonitorDto {

    private MonitorDto() {
    }

    /**
     * One alert as the board shows it: the order (number, start, worker), the kind, its state and age (seconds
     * since it was raised, by the server's clock).
     */
    public record Alert(UUID id, UUID orderId, String orderNo, Instant startAt, UUID workerId, String workerName,
            AlertKind kind, AlertState state, Instant raisedAt, long ageSeconds, JsonNode details,
            String acknowledgedBy, Instant acknowledgedAt, String resolvedBy, Instant resolvedAt,
            String resolutionNote, boolean resolvedAutomatically, int version) {
    }

    /** {@code next}: pass it as {@code after} for the next page; null on the last one. */
    public record Page<T>(List<T> items, String next) {
    }

    /** Alerts per state (every state present, 0 when none). */
    public record Summary(long open, long acknowledged, long resolved) {
    }

    public record ResolutionInput(@NotBlank @Size(max = 500) String note) {
    }

    public record ComplaintInput(@NotNull ComplaintCategory category,
            @NotNull @Size(min = 5, max = 1000) String text,
            @Size(max = 6) List<@NotNull UUID> photoFileIds) {
    }

    /** The customer's own view of a complaint. */
    public record Complaint(UUID id, UUID orderId, ComplaintCategory category, String text, List<UUID> photoFileIds,
            ComplaintState state, Instant createdAt, String resolution, Instant closedAt) {

        static Complaint of(OrderComplaint c) {
            return new Complaint(c.id, c.orderId, c.category, c.text, c.photoFileIds, c.state, c.createdAt,
                    c.resolution, c.closedAt);
        }
    }

    /** Customer service's view: the order number and the customer's phone, masked. */
    public record StaffComplaint(UUID id, UUID orderId, String orderNo, UUID customerId, String customerPhone,
            ComplaintCategory category, String text, List<UUID> photoFileIds, ComplaintState state,
            Instant createdAt, String handledBy, Instant handledAt, String resolution, String closedBy,
            Instant closedAt) {
    }

    public record ClosureInput(@NotBlank @Size(max = 1000) String resolution) {
    }
}
