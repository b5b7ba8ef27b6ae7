package io.hearth.platform.realtime;

import java.util.Objects;
import java.util.UUID;

/**
 * Who a real-time message is for, always within one tenant: one customer, one worker, or the tenant's staff (the
 * dispatch board). {@code id} is the customer's or worker's id; null for {@link Kind#STAFF}.
 */
public record Audience(UUID tenantId, Kind kind, UUID id) {

    public enum Kind {
        CUSTOMER, WORKER, STAFF
    }

    public Audience {
        Objects.requireNonNull(tenantId, "tenantId");
        Objects.requireNonNull(kind, "kind");
        if ((kind == Kind.STAFF) != (id == null)) {
            throw new IllegalArgumentException("a customer or worker audience names one; staff none");
        }
    }

    public static Audience customer(UUID tenantId, UUID customerId) {
        return new Audience(tenantId, Kind.CUSTOMER, customerId);
    }

    public static Audience worker(UUID tenantId, UUID workerId) {
        return new Audience(tenantId, Kind.WORKER, workerId);
    }

    public static Audience staff(UUID tenantId) {
        return new Audience(tenantId, Kind.STAFF, null);
    }
}
