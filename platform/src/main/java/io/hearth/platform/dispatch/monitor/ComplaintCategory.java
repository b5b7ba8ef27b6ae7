package io.hearth.platform.dispatch.monitor;

/** What a complaint is about. */
public enum ComplaintCategory {
    LATE, NO_SHOW, QUALITY, DAMAGE, BEHAVIOUR, BILLING, OTHER
}
