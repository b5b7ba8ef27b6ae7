package io.hearth.platform.notification;

import io.hearth.platform.shared.web.ApiException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a notification is about, and the placeholders its templates may use (a fixed whitelist: a template naming
 * anything else is refused when saved). {@code key} is the lower-case name used in paths and JSON.
 */
public enum NotificationEvent {
    BOOKED("amount"),
    ACCEPTED("workerName"),
    DEPARTED("workerName"),
    ARRIVED("workerName"),
    COMPLETED("workerName", "amount"),
    CANCELLED(),
    REFUNDED("refundAmount"),
    REVIEW_REMINDER("workerName");

    private final Set<String> placeholders;

    NotificationEvent(String... own) {
        Set<String> all = new TreeSet<>(Common.PLACEHOLDERS);
        all.addAll(List.of(own));
        this.placeholders = Set.copyOf(all);
    }

    public Set<String> placeholders() {
        return placeholders;
    }

    public String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** {@code review-reminder}, {@code REVIEW_REMINDER} and {@code review_reminder} all name the same event. */
    public static NotificationEvent parse(String raw) {
        for (NotificationEvent e : values()) {
            if (raw != null && (e.key().equalsIgnoreCase(raw) || e.name().equalsIgnoreCase(raw))) {
                return e;
            }
        }
        throw ApiException.unprocessable("notification-event-unknown", raw);
    }

    /** Every event knows its order. */
    private static final class Common {
        static final List<String> PLACEHOLDERS = List.of("orderNo", "orderId", "serviceName", "startTime", "tenantName");
    }
}
