package io.hearth.platform.chat;

/** Who wrote a message; SYSTEM for notices the platform itself adds. */
public enum SenderKind {
    CUSTOMER, WORKER, STAFF, SYSTEM
}
