package io.hearth.platform.chat;

import static io.hearth.platform.chat.ChatFixtures.chatImage;
import static io.hearth.platform.chat.ChatFixtures.get;
import static io.hearth.platform.chat.ChatFixtures.image;
import static io.hearth.platform.chat.ChatFixtures.orderWithWorker;
import static io.hearth.platform.chat.ChatFixtures.send;
import static io.hearth.platform.chat.ChatFixtures.text;
import static io.hearth.platform.worker.WorkerFixtures.as;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.hearth.platform.order.OrderWorld;
import io.hearth.platform.realtime.Audience;
import io.hearth.platform.realtime.RealtimeMessage;
import io.hearth.platform.testing.AppUsers;
import io.hearth.platform.testing.StaffTokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Given a customer and the company's customer service: one support conversation, the staff inbox, read marks. */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
class ChatSupportTest {

    @Inject
    OrderWorld fixtures;

    @Inject
    RealtimeRecorder realtime;

    @Test
    void customerAndCustomerServiceTalkThroughTheInbox() {
        OrderWorld.Side a = fixtures.pair().a();
        AppUsers.Session customer = a.side().customer();
        String cs = StaffTokens.staff(a.slug() + "-cs", a.slug(), "customer-service");
        String owner = a.side().ownerToken();

        JsonPath none = get(customer, "/api/app/support/messages");
        assertEquals(List.of(), none.getList("messages"));
        as(customer).body(Map.of("seq", 0)).when().post("/api/app/support/read").then().statusCode(404)
                .contentType("application/problem+json");
        assertEquals(List.of(), get(cs, "/api/tenant/support/conversations").getList("items"));

        String conversationId = send(customer, "/api/app/support/messages", text("My worker said to call 13800138000?"))
                .statusCode(201).body("seq", equalTo(1)).body("senderKind", equalTo("CUSTOMER"))
                .body("text", equalTo("My worker said to call 138****8000?")).extract().path("conversationId");
        UUID conv = UUID.fromString(conversationId);
        RealtimeMessage toStaff = realtime.about("chat.message", conv).get(0);
        assertEquals(Audience.staff(a.tenantId()), toStaff.to());
        assertEquals("SUPPORT", toStaff.payload().get("kind"));

        JsonPath inbox = get(cs, "/api/tenant/support/conversations?unread=true");
        assertEquals(List.of(conversationId), inbox.getList("items.id"));
        assertEquals(a.customer().toString(), inbox.getString("items[0].customerId"));
        assertEquals("*******" + customer.phone().substring(customer.phone().length() - 4),
                inbox.getString("items[0].customerPhone"));
        assertEquals(1, inbox.getInt("items[0].unread"));
        assertEquals("My worker said to call 138****8000?", inbox.getString("items[0].lastMessage.text"));
        assertEquals(1, get(cs, "/api/tenant/support/unread").getInt("messages"));

        assertEquals(List.of(1), get(cs, "/api/tenant/support/conversations/" + conv + "/messages").getList("messages.seq"));
        send(cs, "/api/tenant/support/conversations/" + conv + "/messages", text("No, please keep it in the app."))
                .statusCode(201).body("seq", equalTo(2)).body("senderKind", equalTo("STAFF"));
        RealtimeMessage toCustomer = realtime.about("chat.message", conv).get(1);
        assertEquals(Audience.customer(a.tenantId(), a.customer()), toCustomer.to());

        // staff share one read mark: the answer marked the conversation read for the whole team
        assertEquals(List.of(), get(owner, "/api/tenant/support/conversations?unread=true").getList("items"));
        assertEquals(List.of(conversationId), get(owner, "/api/tenant/support/conversations").getList("items.id"));
        assertEquals(0, get(owner, "/api/tenant/support/unread").getInt("messages"));

        JsonPath mine = get(customer, "/api/app/conversations");
        assertEquals("SUPPORT", mine.getString("items.find { it.id == '" + conversationId + "' }.kind"));
        assertEquals(1, mine.getInt("items.find { it.id == '" + conversationId + "' }.unread"));
        as(customer).body(Map.of("seq", 2)).when().post("/api/app/support/read").then().statusCode(200)
                .body("unread", equalTo(0));
        RealtimeMessage read = realtime.about("chat.read", conv).get(0);
        assertEquals(Audience.staff(a.tenantId()), read.to());

        // an image from staff: the customer may open it
        String photo = chatImage(owner);
        String url = send(owner, "/api/tenant/support/conversations/" + conv + "/messages", image(photo)).statusCode(201)
                .body("seq", equalTo(3)).extract().path("fileUrl");
        as(customer).when().get(url).then().statusCode(200);
        as(fixtures.newCustomer(a)).when().get(url).then().statusCode(404);

        // the customer's next message marks it unread for the team again; a staff read clears it
        send(customer, "/api/app/support/messages", text("ok thanks")).statusCode(201).body("seq", equalTo(4));
        assertEquals(List.of(conversationId), get(cs, "/api/tenant/support/conversations?unread=true").getList("items.id"));
        as(cs).body(Map.of("seq", 4)).when().post("/api/tenant/support/conversations/" + conv + "/read").then()
                .statusCode(200).body("lastReadSeq", equalTo(4));
        assertEquals(List.of(), get(cs, "/api/tenant/support/conversations?unread=true").getList("items"));
        assertEquals(List.of(4, 3, 2, 1), get(customer, "/api/app/support/messages").getList("messages.seq"));
    }

    @Test
    void theDispatcherHasNoSupportInboxAndOrderConversationsAreNotInIt() {
        OrderWorld.Side a = fixtures.pair().a();
        String dispatcher = a.side().dispatcherToken();
        String conv = send(a.side().customer(), "/api/app/support/messages", text("hello")).statusCode(201)
                .extract().path("conversationId");
        as(dispatcher).when().get("/api/tenant/support/conversations").then().statusCode(403)
                .contentType("application/problem+json");
        as(dispatcher).when().get("/api/tenant/support/conversations/" + conv + "/messages").then().statusCode(403);
        send(dispatcher, "/api/tenant/support/conversations/" + conv + "/messages", text("hi")).statusCode(403);
        as(dispatcher).body(Map.of("seq", 1)).when().post("/api/tenant/support/conversations/" + conv + "/read").then()
                .statusCode(403);
        as(a.side().worker()).when().get("/api/tenant/support/conversations").then().statusCode(403);
        as(a.side().customer()).when().get("/api/tenant/support/conversations").then().statusCode(403);
        assertEquals(1, get(a.side().ownerToken(), "/api/tenant/support/conversations/" + conv + "/messages")
                .getList("messages").size());

        // an order conversation's id is no support conversation
        UUID order = orderWithWorker(fixtures, a, 50);
        String orderConv = get(a.side().customer(), "/api/app/orders/" + order + "/conversation").getString("id");
        String owner = a.side().ownerToken();
        as(owner).when().get("/api/tenant/support/conversations/" + orderConv + "/messages").then().statusCode(404);
        send(owner, "/api/tenant/support/conversations/" + orderConv + "/messages", text("hi")).statusCode(404);
        as(owner).when().get("/api/tenant/support/conversations/" + UUID.randomUUID() + "/messages").then().statusCode(404);
    }

    @Test
    void theInboxPagesNewestFirst() {
        OrderWorld.Side a = fixtures.pair().a();
        AppUsers.Session second = fixtures.newCustomer(a);
        AppUsers.Session third = fixtures.newCustomer(a);
        String c1 = send(a.side().customer(), "/api/app/support/messages", text("first")).statusCode(201).extract().path("conversationId");
        String c2 = send(second, "/api/app/support/messages", text("second")).statusCode(201).extract().path("conversationId");
        String c3 = send(third, "/api/app/support/messages", text("third")).statusCode(201).extract().path("conversationId");
        String owner = a.side().ownerToken();
        JsonPath page = get(owner, "/api/tenant/support/conversations?limit=2");
        assertEquals(List.of(c3, c2), page.getList("items.id"));
        String cursor = page.getString("nextCursor");
        assertNotNull(cursor);
        page = get(owner, "/api/tenant/support/conversations?limit=2&cursor=" + cursor);
        assertEquals(List.of(c1), page.getList("items.id"));
        assertNull(page.get("nextCursor"));
        as(owner).when().get("/api/tenant/support/conversations?cursor=nonsense").then().statusCode(400)
                .body("code", equalTo("chat-cursor-invalid"));
        // one support conversation per customer, however many messages
        send(a.side().customer(), "/api/app/support/messages", text("again")).statusCode(201)
                .body("conversationId", equalTo(c1));
        assertEquals(List.of(c1, c3, c2), get(owner, "/api/tenant/support/conversations").getList("items.id"));
        assertEquals(3, get(owner, "/api/tenant/support/unread").getInt("conversations"));
    }
}
