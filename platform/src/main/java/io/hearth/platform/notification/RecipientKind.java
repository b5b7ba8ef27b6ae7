package io.hearth.platform.notification;

/** Who receives a notification: a customer of the tenant or one of its workers. */
public enum RecipientKind {
    CUSTOMER, WORKER
}
