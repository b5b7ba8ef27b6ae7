package io.hearth.platform.customer.staff;

import static io.hearth.platform.customer.staff.StaffCustomerWorld.CUSTOMERS;
import static io.hearth.platform.customer.staff.StaffCustomerWorld.asStaff;
import static io.hearth.platform.customer.staff.StaffCustomerWorld.staff;
import static io.hearth.platform.worker.WorkerFixtures.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.hearth.platform.order.OrderWorld;
import io.hearth.platform.payment.PaymentStage;
import io.hearth.platform.testing.AppUsers;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A customer as staff see them: order stats over orders in different states (in the list and the detail), the
 * latest orders, masked addresses, points and member level, open complaints — and the full phone number nowhere.
 */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
class StaffCustomerDetailTest {

    @Inject
    OrderWorld orders;

    @Inject
    StaffCustomerWorld world;

    record Made(UUID id, Instant createdAt) {
    }

    @Test
    void statsCountEveryOrderThePaidMoneyAndTheCompletedOnesAndNothingPersonalLeaks() {
        OrderWorld.Pair pair = orders.pair();
        OrderWorld.Side a = pair.a();
        AppUsers.Session customer = a.side().customer();
        UUID tenant = a.tenantId();

        // Unpaid; paid and waiting for dispatch; paid and completed; cancelled before paying.
        List<UUID> ids = new ArrayList<>();
        ids.add(OrderWorld.order(a, orders.quote(a, null, OrderWorld.hoursAhead(30), 1_000)));
        ids.add(OrderWorld.order(a, orders.quote(a, null, OrderWorld.hoursAhead(36), 2_000)));
        orders.pay(tenant, ids.get(1), PaymentStage.FULL, 2_000);
        ids.add(OrderWorld.order(a, orders.quote(a, a.worker(), OrderWorld.hoursAhead(42), 3_000)));
        orders.pay(tenant, ids.get(2), PaymentStage.FULL, 3_000);
        OrderWorld.workThrough(a.side().worker(), ids.get(2));
        ids.add(OrderWorld.order(a, orders.quote(a, null, OrderWorld.hoursAhead(48), 4_000)));
        as(customer).body(Map.of("reason", "plans changed", "expectedFeeFen", 0))
                .when().post("/api/app/orders/" + ids.get(3) + "/cancel").then().statusCode(200);
        List<Made> made = ids.stream().map(id -> new Made(id,
                Instant.parse(OrderWorld.detail(a, id).getString("createdAt")))).toList();
        Instant newest = made.stream().map(Made::createdAt).max(Comparator.naturalOrder()).orElseThrow();
        // The other side's customer ordered too: never counted here.
        OrderWorld.Side b = pair.b();
        orders.pay(b.tenantId(), OrderWorld.order(b, orders.quote(b, null, OrderWorld.hoursAhead(30), 9_000)),
                PaymentStage.FULL, 9_000);

        as(customer).body(Map.of("category", "QUALITY", "text", "The windows are still dirty"))
                .when().post("/api/app/orders/" + ids.get(2) + "/complaints").then().statusCode(201);
        world.points(tenant, customer.subjectId(), 120);
        world.points(tenant, customer.subjectId(), -20);
        world.memberLevel(tenant, customer.subjectId(), "GOLD");
        asStaff(a.side().ownerToken()).body(Map.of("memberLevelDiscountsBp", Map.of("GOLD", 500)))
                .when().put("/api/tenant/pricing/rules").then().statusCode(200);
        AppUsers.Session idle = orders.newCustomer(a);

        String marketing = staff(a.side(), "marketing");
        JsonPath list = asStaff(marketing).queryParam("limit", 10).when().get(CUSTOMERS).then().statusCode(200)
                .extract().jsonPath();
        String listJson = asStaff(marketing).queryParam("limit", 10).when().get(CUSTOMERS).asString();
        assertEquals(List.of(idle.subjectId(), customer.subjectId()), list.getList("items.id"));
        assertEquals(0, list.getInt("items[0].orders.total"));
        assertEquals(0, list.getInt("items[0].orders.paidFen"));
        assertEquals(null, list.getString("items[0].orders.lastOrderAt"));
        assertEquals(4, list.getInt("items[1].orders.total"));
        assertEquals(1, list.getInt("items[1].orders.completed"));
        assertEquals(5_000, list.getLong("items[1].orders.paidFen"));
        assertEquals(newest, Instant.parse(list.getString("items[1].orders.lastOrderAt")));
        assertEquals("GOLD", list.getString("items[1].memberLevel"));
        assertEquals(customer.phone().substring(0, 3) + "****" + customer.phone().substring(7),
                list.getString("items[1].phone"));

        String path = CUSTOMERS + "/" + customer.subjectId();
        JsonPath detail = asStaff(marketing).when().get(path).then().statusCode(200)
                .body("id", equalTo(customer.subjectId()))
                .body("orders.total", equalTo(4)).body("orders.completed", equalTo(1)).body("orders.paidFen", equalTo(5_000))
                .body("membership.level", equalTo("GOLD")).body("membership.levelDiscountBp", equalTo(500))
                .body("membership.pointsBalance", equalTo(100)).body("membership.recentPoints", hasSize(2))
                .body("openComplaints", equalTo(1))
                .body("phoneBound", equalTo(true))
                .body("addresses", hasSize(1))
                .body("addresses[0].district", equalTo("Xihu"))
                .body("addresses[0].detail", equalTo("Wensan****"))
                .body("addresses[0].contactPhone", equalTo("*******5678"))
                .extract().jsonPath();
        List<String> newestFirst = made.stream().sorted(Comparator.comparing(Made::createdAt).reversed())
                .map(m -> m.id().toString()).toList();
        assertEquals(newestFirst, detail.getList("recentOrders.id"));
        assertEquals(List.of("COMPLETED"), detail.getList("recentOrders.findAll { it.id == '" + ids.get(2) + "' }.status"));
        assertEquals(newest, Instant.parse(detail.getString("orders.lastOrderAt")));

        String detailJson = asStaff(a.side().ownerToken()).when().get(path).asString();
        for (String json : List.of(listJson, detailJson)) {
            for (String secret : List.of(customer.phone(), "13912345678", "Wensan Road", "door code")) {
                assertFalse(json.contains(secret), secret + " leaked: " + json);
            }
        }

        // Another tenant's staff: not found; its list shows only its own customer.
        asStaff(b.side().ownerToken()).when().get(path).then().statusCode(404);
        asStaff(b.side().ownerToken()).when().get(CUSTOMERS).then().statusCode(200)
                .body("items.id", equalTo(List.of(b.customer().toString())))
                .body("items[0].orders.total", equalTo(1)).body("items[0].orders.paidFen", equalTo(9_000));
    }
}
