package io.hearth.platform.notification;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;

/**
 * What notifications say about an order, read once per event. {@code serviceNames}: the item's or package's name
 * by locale; {@code workerName}: as customers see it ({@code worker.CustomaryName}); {@code refundFen} only for
 * refunds.
 */
public record OrderFacts(UUID orderId, String orderNo, UUID customerId, UUID workerId, Map<String, String> serviceNames,
        Instant startAt, long totalFen, String workerName, Long refundFen, String tenantName, ZoneId zone,
        String tenantLocale) {

    public OrderFacts withRefund(long fen) {
        return new OrderFacts(orderId, orderNo, customerId, workerId, serviceNames, startAt, totalFen, workerName, fen,
                tenantName, zone, tenantLocale);
    }

    /** The service's name in {@code locale}, else the tenant's language, else any. */
    String serviceName(String locale) {
        String name = serviceNames.get(locale);
        if (name == null) {
            name = serviceNames.get(tenantLocale);
        }
        return name != null ? name : serviceNames.values().stream().findFirst().orElse("");
    }
}
