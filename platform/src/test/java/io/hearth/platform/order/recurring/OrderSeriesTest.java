package io.hearth.platform.order.recurring;

import static io.hearth.platform.worker.WorkerFixtures.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hearth.platform.order.OrderWorld;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Recurring bookings through the customer and staff APIs, with real quotes, orders and worker bookings. */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
class OrderSeriesTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final String SERIES = "/api/app/order-series";

    @Inject
    OrderWorld world;

    /** 10:00 Shanghai time, {@code days} from today. */
    private static ZonedDateTime tenOClock(int days) {
        return LocalDate.now(SHANGHAI).plusDays(days).atTime(10, 0).atZone(SHANGHAI);
    }

    private static Map<String, Object> body(OrderWorld.Side side, UUID worker, ZonedDateTime start, String frequency,
            Integer count, LocalDate until) {
        Map<String, Object> b = new HashMap<>();
        b.put("itemId", side.item().toString());
        b.put("start", start.toOffsetDateTime().toString());
        b.put("addressId", side.address().toString());
        if (worker != null) {
            b.put("workerId", worker.toString());
        }
        b.put("frequency", frequency);
        if (count != null) {
            b.put("count", count);
        }
        if (until != null) {
            b.put("until", until.toString());
        }
        b.put("requirements", Map.of("focusAreas", List.of("kitchen"), "workerBringsSupplies", true));
        return b;
    }

    private int seriesRows(UUID tenant) {
        return world.count("select count(*) from order_series where tenant_id = ?", tenant);
    }

    private int quoteRows(UUID tenant) {
        return world.count("select count(*) from quote where tenant_id = ?", tenant);
    }

    @Test
    void weeklySeriesBooksEveryOccurrenceAsAnOrderEvenBeyondTheSingleBookingHorizon() {
        OrderWorld.Pair p = world.pair();
        OrderWorld.Side a = p.a();
        ZonedDateTime first = tenOClock(3);
        ExtractableResponse<Response> made = as(a.side().customer()).body(body(a, a.worker(), first, "WEEKLY", 4, null))
                .when().post(SERIES).then().statusCode(201)
                .body("status", equalTo("ACTIVE"))
                .body("occurrences", hasSize(4))
                .body("occurrences[0].status", equalTo("PENDING_PAYMENT"))
                .body("occurrences[3].number", equalTo(4))
                .extract();
        // the fourth occurrence is 24 days ahead: beyond the tenant's 14 days for single bookings
        List<String> starts = made.path("occurrences.startAt");
        for (int i = 0; i < 4; i++) {
            assertEquals(first.plusWeeks(i).toInstant(), Instant.parse(starts.get(i)));
        }
        assertEquals(4, world.activeBookings(a.tenantId(), a.worker()));
        long perOrder = ((Number) made.path("occurrences[0].totalFen")).longValue();
        assertEquals(4 * perOrder, ((Number) made.path("totalFen")).longValue());

        // later occurrences are paid a day ahead of their own start, the first within the tenant's timeout
        List<String> deadlines = made.path("occurrences.paymentDeadline");
        assertTrue(Instant.parse(deadlines.get(0)).isBefore(Instant.now().plus(Duration.ofHours(2))));
        assertEquals(first.plusWeeks(1).toInstant().minus(Duration.ofHours(24)), Instant.parse(deadlines.get(1)));

        // every occurrence is an ordinary order that knows its series
        String seriesId = made.path("id");
        String secondOrder = made.path("occurrences[1].orderId");
        as(a.side().customer()).when().get("/api/app/orders/" + secondOrder).then().statusCode(200)
                .body("seriesId", equalTo(seriesId)).body("occurrence", equalTo(2));
        as(a.side().customer()).when().get(SERIES).then().statusCode(200).body("[0].id", equalTo(seriesId));
    }

    @Test
    void aSeriesThatCannotBeBookedWholeBooksNothingAndNamesTheOccurrence() {
        OrderWorld.Pair p = world.pair();
        OrderWorld.Side a = p.a();
        ZonedDateTime first = tenOClock(2);
        // the worker is already booked at the time of the third occurrence
        UUID quote = world.quote(a, a.worker(), first.plusWeeks(2).toInstant(), 10_000);
        OrderWorld.order(a, quote);
        int series = seriesRows(a.tenantId());
        int quotes = quoteRows(a.tenantId());
        int orders = world.count("select count(*) from service_order where tenant_id = ?", a.tenantId());

        var other = world.newCustomer(a);
        Map<String, Object> request = body(a, a.worker(), first, "WEEKLY", 3, null);
        request.put("addressId", OrderWorld.address(other).toString());
        as(other).body(request).when().post(SERIES).then().statusCode(409)
                .contentType("application/problem+json")
                .body("code", equalTo("series-occurrence-unavailable"))
                .body("detail", containsString("Occurrence 3"));
        assertEquals(series, seriesRows(a.tenantId()));
        assertEquals(quotes, quoteRows(a.tenantId()));
        assertEquals(orders, world.count("select count(*) from service_order where tenant_id = ?", a.tenantId()));
        assertEquals(1, world.activeBookings(a.tenantId(), a.worker()));
    }

    @Test
    void skipOneThenCancelTheRest() {
        OrderWorld.Pair p = world.pair();
        OrderWorld.Side a = p.a();
        var customer = a.side().customer();
        String id = as(customer).body(body(a, a.worker(), tenOClock(2), "BIWEEKLY", 3, null))
                .when().post(SERIES).then().statusCode(201).extract().path("id");

        as(customer).body(Map.of("reason", "on holiday")).when().post(SERIES + "/" + id + "/occurrences/2/skip")
                .then().statusCode(200).body("feeFen", equalTo(0));
        as(customer).when().get(SERIES + "/" + id).then().statusCode(200)
                .body("status", equalTo("ACTIVE"))
                .body("occurrences.status", equalTo(List.of("PENDING_PAYMENT", "CANCELLED", "PENDING_PAYMENT")));
        assertEquals(2, world.activeBookings(a.tenantId(), a.worker()));
        as(customer).body(Map.of()).when().post(SERIES + "/" + id + "/occurrences/2/skip")
                .then().statusCode(409).body("code", equalTo("series-occurrence-not-skippable"));
        as(customer).body(Map.of()).when().post(SERIES + "/" + id + "/occurrences/9/skip").then().statusCode(404);

        as(customer).when().get(SERIES + "/" + id + "/cancellation").then().statusCode(200)
                .body("feeFen", equalTo(0))
                .body("occurrences.cancellable", equalTo(List.of(true, false, true)));
        as(customer).body(Map.of("reason", "moving away", "expectedFeeFen", 0)).when().post(SERIES + "/" + id + "/cancel")
                .then().statusCode(200).body("occurrences", hasSize(2));
        as(customer).when().get(SERIES + "/" + id).then().statusCode(200)
                .body("status", equalTo("CANCELLED"))
                .body("cancelReason", equalTo("moving away"))
                .body("totalFen", equalTo(0))
                .body("occurrences.status", equalTo(List.of("CANCELLED", "CANCELLED", "CANCELLED")));
        assertEquals(0, world.activeBookings(a.tenantId(), a.worker()));
        as(customer).body(Map.of("reason", "again")).when().post(SERIES + "/" + id + "/cancel")
                .then().statusCode(409).body("code", equalTo("series-cancelled"));
    }

    @Test
    void staffSeeAndCancelTheirTenantsSeriesOnly() {
        OrderWorld.Pair p = world.pair();
        OrderWorld.Side a = p.a();
        OrderWorld.Side b = p.b();
        String id = as(a.side().customer()).body(body(a, null, tenOClock(2), "MONTHLY", 2, null))
                .when().post(SERIES).then().statusCode(201).body("workerId", nullValue()).extract().path("id");

        as(a.side().dispatcherToken()).when().get("/api/tenant/order-series/" + id).then().statusCode(200)
                .body("occurrences", hasSize(2));
        // tenant B: its staff and its customer see nothing of tenant A's series
        as(b.side().ownerToken()).when().get("/api/tenant/order-series/" + id).then().statusCode(404);
        as(b.side().ownerToken()).body(Map.of("reason", "x")).when().post("/api/tenant/order-series/" + id + "/cancel")
                .then().statusCode(404);
        as(b.side().customer()).when().get(SERIES + "/" + id).then().statusCode(404);
        as(b.side().customer()).body(Map.of("reason", "x")).when().post(SERIES + "/" + id + "/cancel").then().statusCode(404);
        as(b.side().customer()).when().get(SERIES).then().statusCode(200).body("$", hasSize(0));
        // another customer of the same tenant neither
        as(world.newCustomer(a)).when().get(SERIES + "/" + id).then().statusCode(404);
        // workers have no access at all
        as(a.side().worker()).when().get(SERIES + "/" + id).then().statusCode(403);

        as(a.side().ownerToken()).body(Map.of("reason", "customer called", "waiveFee", true))
                .when().post("/api/tenant/order-series/" + id + "/cancel").then().statusCode(200)
                .body("occurrences", hasSize(2));
        as(a.side().customer()).when().get(SERIES + "/" + id).then().statusCode(200).body("status", equalTo("CANCELLED"));
    }

    @Test
    void badInputIsRefusedAndWritesNothing() {
        OrderWorld.Pair p = world.pair();
        OrderWorld.Side a = p.a();
        var customer = a.side().customer();
        int series = seriesRows(a.tenantId());
        int quotes = quoteRows(a.tenantId());
        ZonedDateTime first = tenOClock(2);

        as(customer).body(body(a, null, first, "WEEKLY", 3, first.toLocalDate().plusWeeks(4)))
                .when().post(SERIES).then().statusCode(422).contentType("application/problem+json")
                .body("code", equalTo("series-end-required"));
        as(customer).body(body(a, null, first, "WEEKLY", null, null))
                .when().post(SERIES).then().statusCode(422).body("code", equalTo("series-end-required"));
        as(customer).body(body(a, null, first, "WEEKLY", null, first.toLocalDate().minusDays(1)))
                .when().post(SERIES).then().statusCode(422).body("code", equalTo("series-until-before-start"));
        as(customer).body(body(a, null, first, "MONTHLY", 52, null))
                .when().post(SERIES).then().statusCode(422).body("code", equalTo("series-too-far"));
        as(customer).body(body(a, null, first, "WEEKLY", 53, null)).when().post(SERIES).then().statusCode(400);
        Map<String, Object> noFrequency = body(a, null, first, "WEEKLY", 2, null);
        noFrequency.remove("frequency");
        as(customer).body(noFrequency).when().post(SERIES).then().statusCode(400);
        Map<String, Object> badFrequency = body(a, null, first, "DAILY", 2, null);
        as(customer).body(badFrequency).when().post(SERIES).then().statusCode(400);
        // another tenant's item or worker: not found, nothing booked
        as(customer).body(body(a, p.b().worker(), first, "WEEKLY", 2, null)).when().post(SERIES).then().statusCode(404);
        Map<String, Object> otherItem = body(a, null, first, "WEEKLY", 2, null);
        otherItem.put("itemId", p.b().item().toString());
        as(customer).body(otherItem).when().post(SERIES).then().statusCode(404);
        // off the grid
        as(customer).body(body(a, null, first.plusMinutes(7), "WEEKLY", 2, null)).when().post(SERIES)
                .then().statusCode(422).body("code", equalTo("slot-off-grid"));

        assertEquals(series, seriesRows(a.tenantId()));
        assertEquals(quotes, quoteRows(a.tenantId()));
        assertEquals(0, world.activeBookings(a.tenantId(), a.worker()));
    }

    @Test
    void untilADateIncludesThatDate() {
        OrderWorld.Pair p = world.pair();
        OrderWorld.Side a = p.a();
        ZonedDateTime first = tenOClock(2);
        LocalDateTime last = first.toLocalDateTime().plusWeeks(2);
        as(a.side().customer()).body(body(a, null, first, "WEEKLY", null, last.toLocalDate()))
                .when().post(SERIES).then().statusCode(201).body("occurrences", hasSize(3))
                .body("until", equalTo(last.toLocalDate().toString())).body("count", nullValue());
    }
}
