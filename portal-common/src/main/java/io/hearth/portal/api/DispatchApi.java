package io.hearth.portal.api;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The platform's dispatch DTOs: the alert board and complaints ({@code /api/tenant/dispatch/alerts},
 * {@code /api/tenant/complaints}), the manual-dispatch queue and candidates, the dispatch and monitor settings.
 */
public final class DispatchApi {

    private DispatchApi() {
    }

    public static final List<String> ALERT_STATES = List.of("OPEN", "ACKNOWLEDGED", "RESOLVED");
    public static final List<String> ALERT_KINDS = List.of("UNACCEPTED", "NOT_DEPARTED", "LATE_ARRIVAL", "OVERRUN",
            "COMPLAINT");
    public static final List<String> COMPLAINT_STATES = List.of("OPEN", "HANDLING", "CLOSED");
    public static final List<String> MODES = List.of("AUTO", "GRAB", "MANUAL");

    public record Alert(String id, String orderId, String orderNo, Instant startAt, String workerId, String workerName,
            String kind, String state, Instant raisedAt, long ageSeconds, JsonNode details, String acknowledgedBy,
            Instant acknowledgedAt, String resolvedBy, Instant resolvedAt, String resolutionNote,
            boolean resolvedAutomatically, int version) {

        public boolean open() {
            return "OPEN".equals(state);
        }

        public boolean resolved() {
            return "RESOLVED".equals(state);
        }

        public String ageMinutes() {
            return String.valueOf(ageSeconds / 60);
        }
    }

    /** {@code next}: the {@code after} of the next page; null on the last. */
    public record Page<T>(List<T> items, String next) {
    }

    public record Summary(long open, long acknowledged, long resolved) {
    }

    public record ResolutionInput(String note) {
    }

    public record Complaint(String id, String orderId, String orderNo, String customerId, String customerPhone,
            String category, String text, List<String> photoFileIds, String state, Instant createdAt, String handledBy,
            Instant handledAt, String resolution, String closedBy, Instant closedAt) {

        public boolean open() {
            return "OPEN".equals(state);
        }

        public boolean closed() {
            return "CLOSED".equals(state);
        }
    }

    public record ClosureInput(String resolution) {
    }

    /** An order on the dispatch board (e.g. MANUAL_NEEDED: waiting for a dispatcher). */
    public record OrderState(String orderId, String orderNo, Instant startAt, String state, String reason,
            Instant updatedAt) {
    }

    public record Candidate(int rank, String workerId, String displayName, String phone, long distanceMeters,
            double score, JsonNode parts, int openOrders, boolean favourite) {

        public String distanceKm() {
            return String.format(java.util.Locale.ROOT, "%.1f", distanceMeters / 1000.0);
        }

        public String scoreText() {
            return String.format(java.util.Locale.ROOT, "%.1f", score);
        }
    }

    public record Candidates(String orderId, int radiusKm, List<Candidate> candidates, Map<String, String> excluded) {

        public String radius() {
            return String.valueOf(radiusKm);
        }
    }

    public record DispatchRules(Integer radiusKm, Integer fallbackRadiusKm, Integer maxConcurrentOrders,
            Integer fallbackTimeoutSeconds, Integer offerLimit, Integer positionMaxAgeSeconds) {
    }

    public record Settings(String mode, Integer grabWindowSeconds, DispatchRules rules) {
    }

    public record MonitorRules(Integer unacceptedMinutes, Integer departLeadMinutes, Integer lateArrivalMinutes,
            Integer overrunPercent) {
    }
}
