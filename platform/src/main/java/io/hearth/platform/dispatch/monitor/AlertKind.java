package io.hearth.platform.dispatch.monitor;

/** Why an order is on the exception board. */
public enum AlertKind {
    /** Dispatchable (paid) and not accepted for {@code unacceptedMinutes}. */
    UNACCEPTED,
    /** Accepted and not departed by start − {@code departLeadMinutes}. */
    NOT_DEPARTED,
    /** Not arrived by start + {@code lateArrivalMinutes}. */
    LATE_ARRIVAL,
    /** In service far longer than its expected duration. */
    OVERRUN,
    /** The customer filed a complaint. */
    COMPLAINT
}
