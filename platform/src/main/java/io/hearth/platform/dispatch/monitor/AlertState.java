package io.hearth.platform.dispatch.monitor;

/** OPEN → ACKNOWLEDGED → RESOLVED; OPEN → RESOLVED. A resolved alert stays resolved. */
public enum AlertState {
    OPEN, ACKNOWLEDGED, RESOLVED;

    public boolean canBecome(AlertState next) {
        return switch (this) {
            case OPEN -> next == ACKNOWLEDGED || next == RESOLVED;
            case ACKNOWLEDGED -> next == RESOLVED;
            case RESOLVED -> false;
        };
    }
}
