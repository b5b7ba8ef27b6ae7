package io.hearth.platform.dispatch.monitor;

/** OPEN → HANDLING → CLOSED; OPEN → CLOSED. */
public enum ComplaintState {
    OPEN, HANDLING, CLOSED;

    public boolean canBecome(ComplaintState next) {
        return switch (this) {
            case OPEN -> next == HANDLING || next == CLOSED;
            case HANDLING -> next == CLOSED;
            case CLOSED -> false;
        };
    }
}
