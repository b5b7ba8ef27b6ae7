package io.hearth.platform.tenant;

import java.util.Map;
import java.util.Set;

/** PROVISIONING -> ACTIVE <-> SUSPENDED -> CLOSED; CLOSED is final. */
public enum TenantStatus {
    PROVISIONING, ACTIVE, SUSPENDED, CLOSED;

    private static final Map<TenantStatus, Set<TenantStatus>> NEXT = Map.of(
            PROVISIONING, Set.of(ACTIVE, CLOSED),
            ACTIVE, Set.of(SUSPENDED, CLOSED),
            SUSPENDED, Set.of(ACTIVE, CLOSED),
            CLOSED, Set.of());

    public boolean canBecome(TenantStatus next) {
        return NEXT.get(this).contains(next);
    }

    /** Staff, workers and customers of the tenant may use it. */
    public boolean isOpen() {
        return this == ACTIVE;
    }
}
