package io.hearth.platform.chat;

import java.util.UUID;

/**
 * Who reads or writes: a customer, a worker or a staff member (their token subject). Staff share one read mark
 * per conversation, kept under {@link #STAFF_TEAM}.
 */
public record Participant(SenderKind kind, UUID id) {

    static final UUID STAFF_TEAM = new UUID(0, 0);

    public static Participant customer(UUID id) {
        return new Participant(SenderKind.CUSTOMER, id);
    }

    public static Participant worker(UUID id) {
        return new Participant(SenderKind.WORKER, id);
    }

    public static Participant staff(UUID subject) {
        return new Participant(SenderKind.STAFF, subject);
    }

    /** Staff as their Keycloak token names them (the subject is a UUID; anything else is no usable sign-in). */
    public static Participant staff(String subject) {
        try {
            return staff(UUID.fromString(subject));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new io.hearth.platform.shared.web.ApiException(401, "unauthenticated");
        }
    }

    /** Whose read mark this participant moves and reads. */
    UUID readerId() {
        return kind == SenderKind.STAFF ? STAFF_TEAM : id;
    }
}
