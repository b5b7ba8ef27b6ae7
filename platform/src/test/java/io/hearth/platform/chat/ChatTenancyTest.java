package io.hearth.platform.chat;

import static io.hearth.platform.chat.ChatFixtures.chatImage;
import static io.hearth.platform.chat.ChatFixtures.get;
import static io.hearth.platform.chat.ChatFixtures.image;
import static io.hearth.platform.chat.ChatFixtures.orderWithWorker;
import static io.hearth.platform.chat.ChatFixtures.send;
import static io.hearth.platform.chat.ChatFixtures.text;
import static io.hearth.platform.worker.WorkerFixtures.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.hearth.platform.events.OutboxRelay;
import io.hearth.platform.order.OrderWorld;
import io.hearth.platform.testing.StaffTokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Tenant A's customer, worker and staff with tenant B's order and conversation ids: 404; lists never mix tenants. */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
class ChatTenancyTest {

    @Inject
    OrderWorld fixtures;

    @Inject
    OutboxRelay relay;

    @Test
    void anotherTenantsConversationsAreNotFound() {
        OrderWorld.Pair world = fixtures.pair();
        OrderWorld.Side a = world.a();
        OrderWorld.Side b = world.b();
        UUID orderA = orderWithWorker(fixtures, a, 40);
        UUID orderB = orderWithWorker(fixtures, b, 40);
        relay.publishPending();
        String photoB = chatImage(b.side().customer().accessToken());
        send(a.side().customer(), "/api/app/orders/" + orderA + "/conversation/messages", text("A to worker")).statusCode(201);
        send(b.side().customer(), "/api/app/orders/" + orderB + "/conversation/messages", image(photoB)).statusCode(201);
        String supportA = send(a.side().customer(), "/api/app/support/messages", text("A to support")).statusCode(201)
                .extract().path("conversationId");
        String supportB = send(b.side().customer(), "/api/app/support/messages", text("B to support")).statusCode(201)
                .extract().path("conversationId");
        String convA = get(a.side().customer(), "/api/app/orders/" + orderA + "/conversation").getString("id");
        String convB = get(b.side().customer(), "/api/app/orders/" + orderB + "/conversation").getString("id");

        // A's customer
        String app = "/api/app/orders/" + orderB + "/conversation";
        as(a.side().customer()).when().get(app).then().statusCode(404).contentType("application/problem+json");
        as(a.side().customer()).when().get(app + "/messages").then().statusCode(404);
        send(a.side().customer(), app + "/messages", text("hi")).statusCode(404);
        as(a.side().customer()).body(Map.of("seq", 1)).when().post(app + "/read").then().statusCode(404);
        send(a.side().customer(), "/api/app/orders/" + orderA + "/conversation/messages", image(photoB)).statusCode(422);
        as(a.side().customer()).when().get("/api/files/" + photoB).then().statusCode(404);
        List<String> mine = get(a.side().customer(), "/api/app/conversations").getList("items.id");
        assertEquals(List.of(supportA, convA), mine);

        // A's worker
        String wk = "/api/worker/orders/" + orderB + "/conversation";
        as(a.side().worker()).when().get(wk).then().statusCode(404);
        as(a.side().worker()).when().get(wk + "/messages").then().statusCode(404);
        send(a.side().worker(), wk + "/messages", text("hi")).statusCode(404);
        as(a.side().worker()).body(Map.of("seq", 1)).when().post(wk + "/read").then().statusCode(404);
        as(a.side().worker()).when().get("/api/files/" + photoB).then().statusCode(404);
        assertEquals(List.of(convA), get(a.side().worker(), "/api/worker/conversations").getList("items.id"));

        // A's staff
        String ownerA = a.side().ownerToken();
        String csA = StaffTokens.staff(a.slug() + "-cs", a.slug(), "customer-service");
        as(ownerA).when().get("/api/tenant/orders/" + orderB + "/conversation/messages").then().statusCode(404);
        for (String token : List.of(ownerA, csA)) {
            for (String id : List.of(supportB, convB)) {
                String staff = "/api/tenant/support/conversations/" + id;
                as(token).when().get(staff + "/messages").then().statusCode(404).contentType("application/problem+json");
                send(token, staff + "/messages", text("hi")).statusCode(404);
                as(token).body(Map.of("seq", 1)).when().post(staff + "/read").then().statusCode(404);
            }
            assertEquals(List.of(supportA), get(token, "/api/tenant/support/conversations").getList("items.id"));
            assertEquals(1, get(token, "/api/tenant/support/unread").getInt("conversations"));
        }

        // nothing of B moved
        assertEquals(List.of(1), get(b.side().customer(), "/api/app/support/messages").getList("messages.seq"));
        assertEquals(List.of(1), get(b.side().worker(), "/api/worker/orders/" + orderB + "/conversation/messages")
                .getList("messages.seq"));
        assertFalse(get(b.side().ownerToken(), "/api/tenant/support/conversations").getList("items.id").contains(supportA));
    }
}
