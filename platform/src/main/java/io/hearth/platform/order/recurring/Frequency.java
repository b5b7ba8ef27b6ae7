package io.hearth.platform.order.recurring;

/** How often a recurring booking repeats. */
public enum Frequency {
    WEEKLY, BIWEEKLY, MONTHLY
}
