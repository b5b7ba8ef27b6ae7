package io.hearth.platform.order;

import static io.hearth.platform.worker.WorkerFixtures.as;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.hearth.platform.payment.PaymentStage;
import io.hearth.platform.testing.AppUsers;
import io.hearth.platform.testing.StaffTokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
class StaffOrderListTest {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Inject
    OrderWorld fixtures;

    record Made(UUID id, Instant start) {
    }

    @Test
    void filtersKeysetPagesWithoutGapsOrDuplicatesAndMaskedRows() {
        OrderWorld.Pair world = fixtures.pair();
        OrderWorld.Side a = world.a();
        String city = String.valueOf(ThreadLocalRandom.current().nextInt(100_000, 999_999));
        AppUsers.Session other = fixtures.newCustomer(a);
        UUID otherAddress = OrderWorld.address(other);
        UUID otherCustomer = UUID.fromString(other.subjectId());

        List<Made> made = new ArrayList<>();
        // Three "any worker" orders share one start: the id breaks the tie.
        Instant shared = OrderWorld.hoursAhead(50);
        for (int i = 0; i < 3; i++) {
            UUID q = fixtures.quote(a.tenantId(), a.customer(), a.address(), a.item(), null, shared, 120, 1_000, city);
            made.add(new Made(OrderWorld.order(a, q), shared));
        }
        for (int h : new int[] { 30, 70, 100 }) {
            Instant start = OrderWorld.hoursAhead(h);
            UUID q = fixtures.quote(a.tenantId(), a.customer(), a.address(), a.item(), a.worker(), start, 120, 1_000, city);
            made.add(new Made(OrderWorld.order(a, q), start));
        }
        Instant otherStart = OrderWorld.hoursAhead(120);
        UUID q = fixtures.quote(a.tenantId(), otherCustomer, otherAddress, a.item(), null, otherStart, 120, 1_000, city);
        made.add(new Made(OrderWorld.order(other, q), otherStart));
        fixtures.pay(a.tenantId(), made.get(3).id(), PaymentStage.FULL, 1_000);

        List<String> expected = made.stream()
                .sorted(Comparator.comparing(Made::start).thenComparing(m -> m.id().toString()).reversed())
                .map(m -> m.id().toString()).toList();

        String finance = StaffTokens.staff(a.slug() + "-finance", a.slug(), "finance");
        List<String> seen = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            var spec = as(finance).queryParam("cityCode", city).queryParam("limit", 3);
            if (cursor != null) {
                spec.queryParam("cursor", cursor);
            }
            JsonPath page = spec.when().get("/api/tenant/orders").then().statusCode(200)
                    .body("items.contactPhone", everyItem(equalTo("*******5678")))
                    .body("items[0].detail", nullValue())
                    .body("items[0].room", nullValue())
                    .extract().jsonPath();
            seen.addAll(page.getList("items.id"));
            cursor = page.getString("nextCursor");
            pages++;
        } while (cursor != null && pages < 10);
        assertEquals(3, pages);
        assertEquals(expected, seen);
        assertEquals(seen.size(), new LinkedHashSet<>(seen).size());

        // A new order added between two page reads does not shift the next page.
        JsonPath first = as(finance).queryParam("cityCode", city).queryParam("limit", 3).when().get("/api/tenant/orders")
                .then().extract().jsonPath();
        UUID late = OrderWorld.order(a, fixtures.quote(a.tenantId(), a.customer(), a.address(), a.item(), null,
                OrderWorld.hoursAhead(200), 120, 1_000, city));
        as(finance).queryParam("cityCode", city).queryParam("limit", 3).queryParam("cursor", first.getString("nextCursor"))
                .when().get("/api/tenant/orders").then().statusCode(200)
                .body("items.id", equalTo(expected.subList(3, 6)));

        // Filters.
        String owner = a.side().ownerToken();
        as(owner).queryParam("cityCode", city).queryParam("workerId", a.worker().toString()).when().get("/api/tenant/orders")
                .then().statusCode(200).body("items", hasSize(3));
        as(owner).queryParam("cityCode", city).queryParam("status", "PENDING_DISPATCH").when().get("/api/tenant/orders")
                .then().statusCode(200).body("items.id", equalTo(List.of(made.get(3).id().toString())));
        as(owner).queryParam("cityCode", city).queryParam("status", "PENDING_PAYMENT,PENDING_DISPATCH")
                .when().get("/api/tenant/orders").then().statusCode(200).body("items", hasSize(8));
        as(owner).queryParam("cityCode", city).queryParam("customerPhone", other.phone()).when().get("/api/tenant/orders")
                .then().statusCode(200).body("items.id", equalTo(List.of(made.get(6).id().toString())));
        as(owner).queryParam("cityCode", city).queryParam("customerPhone", "+86 139 1234 5678").when().get("/api/tenant/orders")
                .then().statusCode(200).body("items", hasSize(8)); // the contact phone of every address here
        LocalDate day = LocalDate.ofInstant(made.get(4).start(), SHANGHAI);
        Set<String> thatDay = new LinkedHashSet<>();
        for (Made m : made) {
            if (LocalDate.ofInstant(m.start(), SHANGHAI).equals(day)) {
                thatDay.add(m.id().toString());
            }
        }
        as(owner).queryParam("cityCode", city).queryParam("from", day.toString()).queryParam("to", day.toString())
                .when().get("/api/tenant/orders").then().statusCode(200)
                .body("items.id", containsInAnyOrder(thatDay.toArray()));
        as(owner).queryParam("cityCode", city).queryParam("from", day.plusDays(30).toString())
                .when().get("/api/tenant/orders").then().statusCode(200).body("items", hasSize(0));

        // Bad input.
        as(owner).queryParam("cursor", "not-a-cursor").when().get("/api/tenant/orders").then().statusCode(400)
                .contentType("application/problem+json").body("code", equalTo("order-cursor-invalid"));
        as(owner).queryParam("status", "LOST").when().get("/api/tenant/orders").then().statusCode(400)
                .body("code", equalTo("order-filter-invalid"));
        as(owner).queryParam("from", "2030-02-30").when().get("/api/tenant/orders").then().statusCode(400);
        as(owner).queryParam("workerId", "nobody").when().get("/api/tenant/orders").then().statusCode(400);
        as(owner).queryParam("from", "2030-05-02").queryParam("to", "2030-05-01").when().get("/api/tenant/orders")
                .then().statusCode(422).body("code", equalTo("order-date-range-reversed"));
        as(owner).queryParam("limit", 0).when().get("/api/tenant/orders").then().statusCode(400);

        // Roles: marketing and customers may not read orders.
        as(StaffTokens.staff(a.slug() + "-mkt", a.slug(), "marketing")).when().get("/api/tenant/orders").then().statusCode(403);
        as(a.side().customer()).when().get("/api/tenant/orders").then().statusCode(403);
    }
}
