package io.hearth.platform.order;

import java.util.UUID;

/** Who acts on an order; {@code id} is the customer's or worker's id, the staff member's token subject, null for the system. */
public record Actor(Kind kind, String id) {

    public enum Kind {
        CUSTOMER, WORKER, STAFF, SYSTEM
    }

    public static final Actor SYSTEM = new Actor(Kind.SYSTEM, null);

    public static Actor customer(UUID id) {
        return new Actor(Kind.CUSTOMER, id.toString());
    }

    public static Actor worker(UUID id) {
        return new Actor(Kind.WORKER, id.toString());
    }

    public static Actor staff(String subject) {
        return new Actor(Kind.STAFF, subject);
    }
}
