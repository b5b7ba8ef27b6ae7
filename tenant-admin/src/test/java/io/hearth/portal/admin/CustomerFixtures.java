package io.hearth.portal.admin;

import io.hearth.portal.api.CustomerApi;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/** Platform answers for the customer page tests: what /api/tenant/customers sends (phones already masked). */
final class CustomerFixtures {

    static final String CUSTOMER_ID = "c0c0c0c0-0000-4000-8000-000000000001";
    static final String OTHER_ID = "c0c0c0c0-0000-4000-8000-000000000002";

    private CustomerFixtures() {
    }

    static CustomerApi.Page page(String nextCursor) {
        Instant now = Instant.now();
        return new CustomerApi.Page(List.of(
                new CustomerApi.Row(CUSTOMER_ID, "Li Na", "138****0001", "GOLD", now.minus(30, ChronoUnit.DAYS),
                        new CustomerApi.OrderStats(7, 5, 123450, now.minus(2, ChronoUnit.DAYS))),
                new CustomerApi.Row(OTHER_ID, null, null, null, now, new CustomerApi.OrderStats(0, 0, 0, null))),
                nextCursor);
    }

    static CustomerApi.Detail detail(int notesVersion) {
        Instant now = Instant.now();
        CustomerApi.Notes notes = notesVersion == 0 ? new CustomerApi.Notes(null, List.of(), 0, null, null)
                : new CustomerApi.Notes("Prefers mornings", List.of("VIP", "cats"), notesVersion, now, "li-owner");
        return new CustomerApi.Detail(CUSTOMER_ID, "Li Na", null, "FEMALE", "138****0001", true, false, "GOLD",
                now.minus(30, ChronoUnit.DAYS), new CustomerApi.OrderStats(7, 5, 123450, now.minus(2, ChronoUnit.DAYS)),
                new CustomerApi.Membership("GOLD", 500, 320,
                        List.of(new CustomerApi.PointsEntry(-80, "ORDER_SPEND", Fixtures.ORDER_ID, now))),
                List.of(new CustomerApi.Address("a0a0a0a0-0000-4000-8000-000000000001", "home", "330100", "Xihu",
                        "Wensan****", "*******5678", true)),
                List.of(new CustomerApi.RecentOrder(Fixtures.ORDER_ID, "HO20261122000001", "COMPLETED", now, 20000, 20000,
                        now)),
                1, notes);
    }
}
