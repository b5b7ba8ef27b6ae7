package io.hearth.platform.marketing;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

public final class PointsDto {

    private PointsDto() {
    }

    public record Account(long balance, List<Entry> recent) {
    }

    public record Entry(long delta, String reason, UUID orderId, Instant createdAt) {
        static Entry of(PointsEntry e) {
            return new Entry(e.delta, e.reason, e.orderId, e.createdAt);
        }
    }
}
