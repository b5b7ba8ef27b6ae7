package io.hearth.platform.worker;

/** A dated change to the weekly availability. */
public enum ExceptionKind {
    DAY_OFF, EXTRA_HOURS
}
