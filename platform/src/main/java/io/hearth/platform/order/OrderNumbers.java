package io.hearth.platform.order;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * Human-readable order numbers: the tenant's date (yyMMdd) and 8 random digits, e.g. 26050612345678. Random,
 * not counted, so that numbers tell nobody how many orders a tenant takes and no counter row serialises
 * creations; the unique key (tenant_id, order_no) is the final guard.
 */
@ApplicationScoped
public class OrderNumbers {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyMMdd");
    private static final int ATTEMPTS = 5;

    private final SecureRandom random = new SecureRandom();

    @Inject
    ServiceOrderRepository orders;

    public String next(ZoneId zone, Instant now) {
        String day = LocalDate.ofInstant(now, zone).format(DAY);
        String candidate = null;
        for (int i = 0; i < ATTEMPTS; i++) {
            candidate = day + String.format("%08d", random.nextInt(100_000_000));
            if (!orders.orderNoTaken(candidate)) {
                return candidate;
            }
        }
        return candidate;
    }
}
