package io.hearth.platform.chat;

import static io.hearth.platform.chat.ChatFixtures.chatImage;
import static io.hearth.platform.chat.ChatFixtures.get;
import static io.hearth.platform.chat.ChatFixtures.image;
import static io.hearth.platform.chat.ChatFixtures.orderWithWorker;
import static io.hearth.platform.chat.ChatFixtures.send;
import static io.hearth.platform.chat.ChatFixtures.text;
import static io.hearth.platform.worker.WorkerFixtures.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.hearth.platform.events.OutboxRelay;
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
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Given an order with a worker: its customer and worker talk, page, read, resend, send images; staff read along. */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
class ChatOrderConversationTest {

    @Inject
    OrderWorld fixtures;

    @Inject
    RealtimeRecorder realtime;

    @Inject
    OutboxRelay relay;

    @Inject
    AgroalDataSource db;

    @Test
    void customerAndWorkerTalkPageAndReadWhileStaffReadAlong() {
        OrderWorld.Side a = fixtures.pair().a();
        AppUsers.Session customer = a.side().customer();
        AppUsers.Session worker = a.side().worker();
        UUID order = orderWithWorker(fixtures, a, 30);
        String app = "/api/app/orders/" + order + "/conversation";
        String wk = "/api/worker/orders/" + order + "/conversation";

        JsonPath conv = get(customer, app);
        assertEquals("ORDER", conv.getString("kind"));
        assertEquals(order.toString(), conv.getString("orderId"));
        assertEquals(0, conv.getInt("lastMessageSeq"));
        assertTrue(conv.getBoolean("writable"));
        UUID conversationId = UUID.fromString(conv.getString("id"));

        send(customer, app + "/messages", text("  hello, are you coming at nine?  ")).statusCode(201)
                .body("seq", equalTo(1)).body("senderKind", equalTo("CUSTOMER")).body("type", equalTo("TEXT"))
                .body("text", equalTo("hello, are you coming at nine?")).body("conversationId", equalTo(conversationId.toString()));
        send(worker, wk + "/messages", text("Yes. Call me on +86 138 0013 8000 or 159-1234-5678")).statusCode(201)
                .body("seq", equalTo(2)).body("senderKind", equalTo("WORKER"))
                .body("text", equalTo("Yes. Call me on 138****8000 or 159****5678"));

        // unread counts: the customer has one (the worker's), the worker none (their own message moved their mark)
        conv = get(customer, app);
        assertEquals(2, conv.getInt("lastMessageSeq"));
        assertEquals(1, conv.getInt("unread"));
        assertEquals("Yes. Call me on 138****8000 or 159****5678", conv.getString("lastMessage.text"));
        assertEquals(1, get(customer, "/api/app/conversations/unread").getInt("messages"));
        assertEquals(1, get(customer, "/api/app/conversations/unread").getInt("conversations"));
        assertEquals(0, get(worker, "/api/worker/conversations/unread").getInt("messages"));

        // live: each message went to the other side only
        List<RealtimeMessage> live = realtime.about("chat.message", conversationId);
        assertEquals(2, live.size());
        assertEquals(Audience.worker(a.tenantId(), a.worker()), live.get(0).to());
        assertEquals(1L, ((Number) live.get(0).payload().get("seq")).longValue());
        assertEquals("CUSTOMER", live.get(0).payload().get("senderKind"));
        assertEquals(Audience.customer(a.tenantId(), a.customer()), live.get(1).to());
        assertEquals("Yes. Call me on 138****8000 or 159****5678", live.get(1).payload().get("text"));
        assertEquals("TEXT", live.get(1).payload().get("type"));
        assertTrue(live.get(1).payload().containsKey("sentAt"));

        as(customer).body(Map.of("seq", 2)).when().post(app + "/read").then().statusCode(200)
                .body("lastReadSeq", equalTo(2)).body("unread", equalTo(0));
        assertEquals(0, get(customer, "/api/app/conversations/unread").getInt("messages"));
        List<RealtimeMessage> reads = realtime.about("chat.read", conversationId);
        assertEquals(1, reads.size());
        assertEquals(Audience.worker(a.tenantId(), a.worker()), reads.get(0).to());
        assertEquals(2L, ((Number) reads.get(0).payload().get("lastReadSeq")).longValue());
        // a mark never moves back
        as(customer).body(Map.of("seq", 1)).when().post(app + "/read").then().statusCode(200).body("lastReadSeq", equalTo(2));
        as(customer).body(Map.of("seq", 3)).when().post(app + "/read").then().statusCode(422)
                .contentType("application/problem+json").body("code", equalTo("chat-read-beyond-last"));

        for (int i = 3; i <= 5; i++) {
            send(customer, app + "/messages", text("message " + i)).statusCode(201).body("seq", equalTo(i));
        }
        assertEquals(3, get(worker, "/api/worker/conversations/unread").getInt("messages"));
        JsonPath workerList = get(worker, "/api/worker/conversations");
        assertEquals(List.of(conversationId.toString()), workerList.getList("items.id"));
        assertEquals(3, workerList.getInt("items[0].unread"));
        assertEquals("message 5", workerList.getString("items[0].lastMessage.text"));
        as(worker).body(Map.of("seq", 5)).when().post(wk + "/read").then().statusCode(200).body("unread", equalTo(0));
        assertEquals(0, get(worker, "/api/worker/conversations/unread").getInt("messages"));

        // history, newest first
        JsonPath page = get(customer, app + "/messages?limit=2");
        assertEquals(List.of(5, 4), page.getList("messages.seq"));
        assertEquals(4, page.getInt("nextBeforeSeq"));
        page = get(customer, app + "/messages?limit=2&beforeSeq=4");
        assertEquals(List.of(3, 2), page.getList("messages.seq"));
        page = get(customer, app + "/messages?limit=2&beforeSeq=2");
        assertEquals(List.of(1), page.getList("messages.seq"));
        assertNull(page.get("nextBeforeSeq"));
        // ... or oldest first after a known seq (catching up)
        page = get(worker, wk + "/messages?afterSeq=0&limit=3");
        assertEquals(List.of(1, 2, 3), page.getList("messages.seq"));
        assertEquals(3, page.getInt("nextAfterSeq"));
        page = get(worker, wk + "/messages?afterSeq=3&limit=3");
        assertEquals(List.of(4, 5), page.getList("messages.seq"));
        assertNull(page.get("nextAfterSeq"));
        as(worker).when().get(wk + "/messages?afterSeq=1&beforeSeq=3").then().statusCode(400)
                .contentType("application/problem+json").body("code", equalTo("chat-page-both-cursors"));

        // staff handling a complaint read it; finance does not
        for (String role : List.of("owner", "customer-service", "dispatcher")) {
            String token = StaffTokens.staff(a.slug() + "-" + role, a.slug(), role);
            assertEquals(List.of(5, 4, 3, 2, 1),
                    get(token, "/api/tenant/orders/" + order + "/conversation/messages").getList("messages.seq"));
        }
        as(StaffTokens.staff(a.slug() + "-fin", a.slug(), "finance")).when()
                .get("/api/tenant/orders/" + order + "/conversation/messages").then().statusCode(403);

        assertTrue(get(customer, "/api/app/conversations").getList("items.id").contains(conversationId.toString()));
    }

    @Test
    void aResendWithTheSameClientMessageIdStoresNothingNew() {
        OrderWorld.Side a = fixtures.pair().a();
        UUID order = orderWithWorker(fixtures, a, 31);
        String app = "/api/app/orders/" + order + "/conversation";
        String first = send(a.side().customer(), app + "/messages", text("gate code?", "c-1")).statusCode(201)
                .body("seq", equalTo(1)).extract().path("id");
        send(a.side().customer(), app + "/messages", text("gate code?", "c-1")).statusCode(200)
                .body("id", equalTo(first)).body("seq", equalTo(1));
        // the same id from the other participant is another message
        send(a.side().worker(), "/api/worker/orders/" + order + "/conversation/messages", text("4711", "c-1"))
                .statusCode(201).body("seq", equalTo(2));
        assertEquals(2, get(a.side().customer(), app).getInt("lastMessageSeq"));
        assertEquals(List.of(2, 1), get(a.side().customer(), app + "/messages").getList("messages.seq"));
    }

    @Test
    void badInputIsAProblemAndWritesNothing() {
        OrderWorld.Side a = fixtures.pair().a();
        AppUsers.Session customer = a.side().customer();
        UUID order = orderWithWorker(fixtures, a, 32);
        String path = "/api/app/orders/" + order + "/conversation/messages";

        send(customer, path, text("   ")).statusCode(422).contentType("application/problem+json")
                .body("code", equalTo("chat-text-length"));
        send(customer, path, text(null)).statusCode(422).body("code", equalTo("chat-text-length"));
        send(customer, path, text("x".repeat(1001))).statusCode(422).body("code", equalTo("chat-text-length"));
        send(customer, path, Map.of("type", "VIDEO", "text", "hi")).statusCode(400).contentType("application/problem+json");
        send(customer, path, Map.of("text", "no type")).statusCode(400).contentType("application/problem+json");
        Map<String, Object> both = text("hi");
        both.put("fileId", UUID.randomUUID().toString());
        send(customer, path, both).statusCode(422).body("code", equalTo("chat-text-with-file"));
        send(customer, path, Map.of("type", "IMAGE")).statusCode(422).body("code", equalTo("chat-image-file-required"));
        send(customer, path, image(UUID.randomUUID().toString())).statusCode(422).body("code", equalTo("file-not-attachable"));
        send(customer, path, text("hi", "has spaces in it")).statusCode(400).contentType("application/problem+json");
        as(customer).body("{not json").when().post(path).then().statusCode(400).contentType("application/problem+json");

        JsonPath conv = get(customer, "/api/app/orders/" + order + "/conversation");
        assertEquals(0, conv.getInt("lastMessageSeq"));
        assertEquals(List.of(), get(customer, path).getList("messages"));

        send(customer, path, text("y".repeat(1000))).statusCode(201).body("seq", equalTo(1));
    }

    @Test
    void imagesAreTheSendersOwnFilesAndTheOtherSideMayOpenThem() {
        OrderWorld.Side a = fixtures.pair().a();
        AppUsers.Session customer = a.side().customer();
        AppUsers.Session worker = a.side().worker();
        UUID order = orderWithWorker(fixtures, a, 33);
        String app = "/api/app/orders/" + order + "/conversation/messages";
        String wk = "/api/worker/orders/" + order + "/conversation/messages";

        String photo = chatImage(customer.accessToken());
        String url = send(customer, app, image(photo)).statusCode(201).body("type", equalTo("IMAGE"))
                .body("fileId", equalTo(photo)).body("text", nullValue())
                .body("fileUrl", equalTo("/api/files/" + photo)).extract().path("fileUrl");
        as(worker).when().get(url).then().statusCode(200).contentType("image/jpeg");
        as(customer).when().get(url).then().statusCode(200);
        AppUsers.Session stranger = fixtures.newCustomer(a);
        as(stranger).when().get(url).then().statusCode(404);

        // someone else's file, or a file of another purpose, cannot be sent
        send(worker, wk, image(photo)).statusCode(422).body("code", equalTo("file-not-attachable"));
        send(stranger, app, image(chatImage(stranger.accessToken()))).statusCode(404);
        String strangersPhoto = chatImage(stranger.accessToken());
        send(customer, app, image(strangersPhoto)).statusCode(422).body("code", equalTo("file-not-attachable"));
        assertEquals(1, get(customer, "/api/app/orders/" + order + "/conversation").getInt("lastMessageSeq"));

        List<RealtimeMessage> live = realtime.about("chat.message",
                UUID.fromString(get(customer, "/api/app/orders/" + order + "/conversation").getString("id")));
        assertEquals(url, live.get(0).payload().get("fileUrl"));
    }

    @Test
    void aReassignedWorkerLosesTheConversationAndTheNewOneGainsIt() {
        OrderWorld.Side a = fixtures.pair().a();
        AppUsers.Session customer = a.side().customer();
        AppUsers.Session first = a.side().worker();
        UUID order = orderWithWorker(fixtures, a, 34);
        relay.publishPending();
        String app = "/api/app/orders/" + order + "/conversation/messages";
        String photo = chatImage(customer.accessToken());
        send(customer, app, text("please bring a ladder")).statusCode(201);
        send(customer, app, image(photo)).statusCode(201);
        as(first).when().get("/api/files/" + photo).then().statusCode(200);
        String conversationId = get(customer, "/api/app/orders/" + order + "/conversation").getString("id");
        assertTrue(get(first, "/api/worker/conversations").getList("items.id").contains(conversationId));

        AppUsers.Session second = fixtures.newWorker(a, a.item());
        as(a.side().dispatcherToken()).body(Map.of("workerId", second.subjectId(), "reason", "closer"))
                .when().post("/api/tenant/orders/" + order + "/assign").then().statusCode(200);
        relay.publishPending();

        String firstPath = "/api/worker/orders/" + order + "/conversation";
        as(first).when().get(firstPath + "/messages").then().statusCode(404).contentType("application/problem+json");
        send(first, firstPath + "/messages", text("still me")).statusCode(404);
        as(first).body(Map.of("seq", 1)).when().post(firstPath + "/read").then().statusCode(404);
        as(first).when().get("/api/files/" + photo).then().statusCode(404);
        assertTrue(get(first, "/api/worker/conversations").getList("items.id").isEmpty());

        String secondPath = "/api/worker/orders/" + order + "/conversation";
        assertEquals(List.of(2, 1), get(second, secondPath + "/messages").getList("messages.seq"));
        assertEquals(List.of(conversationId), get(second, "/api/worker/conversations").getList("items.id"));
        as(second).when().get("/api/files/" + photo).then().statusCode(200);
        send(second, secondPath + "/messages", text("I will bring one")).statusCode(201).body("seq", equalTo(3));
        RealtimeMessage last = realtime.about("chat.message", UUID.fromString(conversationId)).get(2);
        assertEquals(Audience.customer(a.tenantId(), a.customer()), last.to());
        // the customer's next message reaches the new worker only
        send(customer, app, text("thanks")).statusCode(201);
        List<RealtimeMessage> live = realtime.about("chat.message", UUID.fromString(conversationId));
        assertEquals(Audience.worker(a.tenantId(), UUID.fromString(second.subjectId())), live.get(live.size() - 1).to());
    }

    @Test
    void anOrderWithoutAWorkerHasNoConversationYet() {
        OrderWorld.Side a = fixtures.pair().a();
        UUID order = OrderWorld.order(a, fixtures.quote(a, null, OrderWorld.hoursAhead(35), 5_000));
        as(a.side().customer()).when().get("/api/app/orders/" + order + "/conversation").then().statusCode(404)
                .contentType("application/problem+json");
        send(a.side().customer(), "/api/app/orders/" + order + "/conversation/messages", text("hi")).statusCode(404);
        assertEquals(List.of(), get(a.side().ownerToken(), "/api/tenant/orders/" + order + "/conversation/messages")
                .getList("messages"));
        // a chosen worker does not see the order (nor its conversation) before it is paid
        UUID unpaid = OrderWorld.order(a, fixtures.quote(a, a.worker(), OrderWorld.hoursAhead(37), 5_000));
        as(a.side().worker()).when().get("/api/worker/orders/" + unpaid + "/conversation/messages").then().statusCode(404);
    }

    @Test
    void anOrderClosedLongerThanTheWindowIsReadOnly() throws Exception {
        OrderWorld.Side a = fixtures.pair().a();
        AppUsers.Session customer = a.side().customer();
        AppUsers.Session worker = a.side().worker();
        UUID order = orderWithWorker(fixtures, a, 36);
        String app = "/api/app/orders/" + order + "/conversation";
        String wk = "/api/worker/orders/" + order + "/conversation";
        OrderWorld.workThrough(worker, order);
        send(customer, app + "/messages", text("thank you!")).statusCode(201);
        assertTrue(get(customer, app).getBoolean("writable"));

        try (Connection c = db.getConnection(); PreparedStatement ps = c.prepareStatement(
                "update service_order set completed_at = now() - interval '8 days' where tenant_id = ? and id = ?")) {
            ps.setObject(1, a.tenantId());
            ps.setObject(2, order);
            assertEquals(1, ps.executeUpdate());
        }
        send(customer, app + "/messages", text("one more thing")).statusCode(409).contentType("application/problem+json")
                .body("code", equalTo("chat-closed"));
        send(worker, wk + "/messages", text("you're welcome")).statusCode(409).body("code", equalTo("chat-closed"));
        JsonPath conv = get(customer, app);
        assertEquals(false, conv.getBoolean("writable"));
        assertEquals(1, conv.getInt("lastMessageSeq"));
        assertEquals(List.of(1), get(worker, wk + "/messages").getList("messages.seq"));
        as(worker).body(Map.of("seq", 1)).when().post(wk + "/read").then().statusCode(200);
    }

    @Test
    void aSenderIsLimitedPerMinute() {
        OrderWorld.Side a = fixtures.pair().a();
        UUID order = orderWithWorker(fixtures, a, 38);
        String path = "/api/app/orders/" + order + "/conversation/messages";
        for (int i = 1; i <= 30; i++) {
            send(a.side().customer(), path, text("ping " + i)).statusCode(201);
        }
        send(a.side().customer(), path, text("ping 31")).statusCode(429).contentType("application/problem+json")
                .body("code", equalTo("chat-rate-limited"));
        assertEquals(30, get(a.side().customer(), "/api/app/orders/" + order + "/conversation").getInt("lastMessageSeq"));
        // the other participant has their own allowance
        send(a.side().worker(), "/api/worker/orders/" + order + "/conversation/messages", text("pong")).statusCode(201);
    }
}
