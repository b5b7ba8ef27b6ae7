package io.hearth.platform.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Which events notify: "booked" is the order's first move into PENDING_DISPATCH, however it got there. */
class NotificationTriggerTest {

    static final ObjectMapper JSON = new ObjectMapper();

    static Optional<NotificationEvent> kind(String type, String from, String to) {
        JsonNode p = JSON.valueToTree(from == null ? Map.of("to", to) : Map.of("from", from, "to", to));
        return NotificationTrigger.kindOf(type, p);
    }

    @Test
    void bookedWhenPaidOrCreatedWithNothingToPay() {
        assertEquals(Optional.of(NotificationEvent.BOOKED), kind("order.paid", "PENDING_PAYMENT", "PENDING_DISPATCH"));
        assertEquals(Optional.of(NotificationEvent.BOOKED), kind("order.created", null, "PENDING_DISPATCH"));
        assertEquals(Optional.empty(), kind("order.created", null, "PENDING_PAYMENT"));
        assertEquals(Optional.empty(), kind("order.paid", "COMPLETED", "COMPLETED"), "a balance paid later is no booking");
    }

    @Test
    void theOtherEvents() {
        assertEquals(Optional.of(NotificationEvent.CANCELLED), kind("order.closed_unpaid", "PENDING_PAYMENT", "CANCELLED"));
        assertEquals(Optional.of(NotificationEvent.CANCELLED), kind("order.cancelled", "ACCEPTED", "CANCELLED"));
        assertEquals(Optional.of(NotificationEvent.REFUNDED), kind("refund.succeeded", null, "x"));
        assertEquals(Optional.of(NotificationEvent.ARRIVED), kind("order.arrived", "DEPARTED", "ARRIVED"));
        assertEquals(Optional.empty(), kind("order.started", "ARRIVED", "IN_SERVICE"));
    }
}
