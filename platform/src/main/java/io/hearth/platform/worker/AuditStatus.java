package io.hearth.platform.worker;

/**
 * Where a worker stands in the tenant's audit. REGISTERING: signed in, no profile submitted yet.
 * Submitting makes PENDING; staff approve or reject; an approved worker can be suspended and
 * reinstated; a rejected one resubmits; changing the ID number of an approved worker re-opens the audit.
 */
public enum AuditStatus {
    REGISTERING, PENDING, APPROVED, REJECTED, SUSPENDED;

    public boolean canBecome(AuditStatus next) {
        return switch (this) {
            case REGISTERING, REJECTED -> next == PENDING;
            case PENDING -> next == APPROVED || next == REJECTED;
            case APPROVED -> next == SUSPENDED || next == PENDING;
            case SUSPENDED -> next == APPROVED;
        };
    }
}
