package io.hearth.platform.notification;

import static io.hearth.platform.worker.WorkerFixtures.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import io.hearth.platform.events.EventDispatcher;
import io.hearth.platform.events.EventEnvelope;
import io.hearth.platform.events.OutboxRelay;
import io.hearth.platform.identity.sms.SmsMessage;
import io.hearth.platform.order.OrderWorld;
import io.hearth.platform.realtime.Audience;
import io.hearth.platform.shared.tenancy.TenantContext;
import io.hearth.platform.tenant.TenantSettings;
import io.hearth.platform.testing.AppUsers;
import io.hearth.platform.testing.CapturingSmsSender;
import io.hearth.platform.testing.FakeHttpServer;
import io.hearth.platform.testing.StaffTokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Given two tenants with a customer, a worker and a service, when orders go through their life, then the customer
 * (and for cancellations the worker) is notified in-app, by SMS and by WeChat, per locale, once per fact, within quiet
 * hours and opt-outs, and never across tenants.
 */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(FakeWeChatApi.class)
class NotificationFlowTest {

    static final String JSON = "application/json";

    @Inject
    OrderWorld fixtures;

    @Inject
    OutboxRelay relay;

    @Inject
    EventDispatcher dispatcher;

    @Inject
    NotificationTrigger trigger;

    @Inject
    DeliverySender sender;

    @Inject
    ReviewReminders reminders;

    @Inject
    CapturingSmsSender sms;

    @Inject
    RealtimeRecorder realtime;

    @Inject
    AgroalDataSource db;

    @Inject
    ObjectMapper json;

    static OrderWorld.Pair world;

    @BeforeEach
    void setUp() {
        if (world == null) {
            world = fixtures.pair();
        }
    }

    /** A new customer of the side with an address, so each test counts its own notifications. */
    record Buyer(AppUsers.Session session, UUID id, UUID address) {
    }

    Buyer buyer(OrderWorld.Side side) {
        AppUsers.Session s = fixtures.newCustomer(side);
        return new Buyer(s, UUID.fromString(s.subjectId()), OrderWorld.address(s));
    }

    /** An order of {@code buyer} with the side's worker, paid; events published. */
    UUID paidOrder(OrderWorld.Side side, Buyer buyer, long hoursAhead) {
        UUID quote = fixtures.quote(side.tenantId(), buyer.id(), buyer.address(), side.item(), side.worker(),
                OrderWorld.hoursAhead(hoursAhead), 120, 12_800, "330100");
        UUID order = OrderWorld.order(buyer.session(), quote);
        OrderWorld.payInSandbox(buyer.session(), order);
        relay.publishPending();
        return order;
    }

    static JsonPath inbox(AppUsers.Session who, String base) {
        return as(who).when().get(base + "?limit=100").then().statusCode(200).extract().jsonPath();
    }

    static List<String> events(AppUsers.Session who) {
        return inbox(who, "/api/app/notifications").getList("items.event");
    }

    String one(String sql, Object... params) {
        List<String> rows = rows(sql, params);
        return rows.isEmpty() ? null : rows.get(0);
    }

    List<String> rows(String sql, Object... params) {
        try (Connection c = db.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            List<String> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static String orderNo(Buyer buyer, UUID order) {
        return as(buyer.session()).when().get("/api/app/orders/" + order).then().statusCode(200).extract().path("orderNo");
    }

    /** The notification texts sent to the user (not the sign-in codes). */
    List<SmsMessage> notices(AppUsers.Session s) {
        return sms.sentTo(s.phone()).stream().filter(m -> !m.templateParams().containsKey("code")).toList();
    }

    @Test
    void anOrdersLifeReachesTheCustomerInAppAndBySmsInTheTenantsLanguage() {
        OrderWorld.Side a = world.a();
        Buyer buyer = buyer(a);
        UUID order = paidOrder(a, buyer, 48);
        assertEquals(List.of("booked"), events(buyer.session()));
        OrderWorld.workThrough(a.side().worker(), order);
        relay.publishPending();

        JsonPath inbox = inbox(buyer.session(), "/api/app/notifications");
        assertEquals(List.of("completed", "arrived", "departed", "accepted", "booked"), inbox.getList("items.event"));
        assertEquals(List.of("服务已完成", "服务人员已到达", "服务人员已出发", "服务人员已接单", "预约成功"), inbox.getList("items.title"));
        String orderNo = orderNo(buyer, order);
        assertTrue(inbox.getString("items[4].body").contains(orderNo), "the order number is filled in");
        assertTrue(inbox.getString("items[4].body").contains("¥128.00"), inbox.getString("items[4].body"));
        assertEquals(order.toString(), inbox.getString("items[0].orderId"));
        as(buyer.session()).when().get("/api/app/notifications/unread-count").then().statusCode(200)
                .body("count", equalTo(5));

        // Each new notice was pushed with the unread count, after its commit.
        var pushed = realtime.to(Audience.customer(a.tenantId(), buyer.id()), "notification.new");
        assertEquals(5, pushed.size());
        assertEquals(5L, ((Number) pushed.get(4).payload().get("unreadCount")).longValue());

        // SMS: one per event, sent after commit by the sender (whenever the quiet hours end).
        sender.sendDue(Instant.now().plus(Duration.ofDays(1)), a.tenantId());
        List<String> codes = notices(buyer.session()).stream().map(SmsMessage::templateCode).toList();
        assertEquals(List.of("SMS_HEARTH_ACCEPTED_ZH", "SMS_HEARTH_ARRIVED_ZH", "SMS_HEARTH_BOOKED_ZH",
                "SMS_HEARTH_COMPLETED_ZH", "SMS_HEARTH_DEPARTED_ZH"), codes.stream().sorted().toList());
        SmsMessage booked = notices(buyer.session()).stream()
                .filter(m -> m.templateCode().equals("SMS_HEARTH_BOOKED_ZH")).findFirst().orElseThrow();
        assertEquals(orderNo, booked.templateParams().get("orderNo"));
        assertTrue(booked.templateParams().get("time").matches("\\d{4}年\\d{1,2}月\\d{1,2}日 \\d{2}:\\d{2}"),
                booked.templateParams().get("time"));
        assertEquals(List.of("SENT"), rows("select distinct state from notification_delivery where order_id = ?"
                + " and recipient_id = ?", order, buyer.id()));

        // Review reminder: due a day after completion, sent once, only while the order is not confirmed.
        assertEquals(0, reminders.sendDue(Instant.now()));
        reminders.sendDue(Instant.now().plus(Duration.ofHours(25)));
        reminders.sendDue(Instant.now().plus(Duration.ofHours(26)));
        assertEquals(1, events(buyer.session()).stream().filter("review-reminder"::equals).count());
    }

    @Test
    void theInboxPagesNewestFirstCountsAndMarksRead() {
        OrderWorld.Side a = world.a();
        Buyer buyer = buyer(a);
        UUID order = paidOrder(a, buyer, 96);
        OrderWorld.workThrough(a.side().worker(), order);
        relay.publishPending();

        JsonPath first = as(buyer.session()).when().get("/api/app/notifications?limit=2").then().statusCode(200)
                .body("items", hasSize(2)).extract().jsonPath();
        String before = first.getString("nextBefore");
        JsonPath second = as(buyer.session()).when().get("/api/app/notifications?limit=2&before=" + before).then()
                .statusCode(200).body("items", hasSize(2)).extract().jsonPath();
        JsonPath third = as(buyer.session()).when().get("/api/app/notifications?limit=2&before="
                + second.getString("nextBefore")).then().statusCode(200).body("items", hasSize(1))
                .body("nextBefore", nullValue()).extract().jsonPath();
        List<String> all = new ArrayList<>(first.getList("items.event"));
        all.addAll(second.getList("items.event"));
        all.addAll(third.getList("items.event"));
        assertEquals(List.of("completed", "arrived", "departed", "accepted", "booked"), all);

        String id = first.getString("items[0].id");
        as(buyer.session()).when().post("/api/app/notifications/" + id + "/read").then().statusCode(200)
                .body("readAt", not(nullValue()));
        as(buyer.session()).when().get("/api/app/notifications/unread-count").then().body("count", equalTo(4));
        as(buyer.session()).when().get("/api/app/notifications?unread=true").then().statusCode(200)
                .body("items", hasSize(4)).body("items.id", not(hasItem(id)));
        as(buyer.session()).when().post("/api/app/notifications/read-all").then().statusCode(200).body("count", equalTo(0));
        as(buyer.session()).when().get("/api/app/notifications/unread-count").then().body("count", equalTo(0));
        as(buyer.session()).when().get("/api/app/notifications?limit=0").then().statusCode(400)
                .contentType("application/problem+json").body("code", equalTo("notification-limit"));
        as(buyer.session()).when().get("/api/app/notifications?before=" + UUID.randomUUID()).then().statusCode(404);

        // A confirmed order gets no review reminder.
        as(buyer.session()).when().post("/api/app/orders/" + order + "/confirm").then().statusCode(200);
        reminders.sendDue(Instant.now().plus(Duration.ofHours(25)));
        assertFalse(events(buyer.session()).contains("review-reminder"));
        assertEquals("1", one("select count(*) from notification_reminder where order_id = ? and done_at is not null", order));
    }

    @Test
    void aCancellationTellsTheCustomerAndTheAssignedWorker() {
        OrderWorld.Side a = world.a();
        Buyer buyer = buyer(a);
        UUID order = paidOrder(a, buyer, 72);
        as(buyer.session()).body(Map.of("reason", "plans changed")).when().post("/api/app/orders/" + order + "/cancel")
                .then().statusCode(200);
        relay.publishPending();
        assertEquals("cancelled", events(buyer.session()).get(0));
        JsonPath worker = inbox(a.side().worker(), "/api/worker/notifications");
        assertTrue(worker.getList("items.orderId").contains(order.toString()));
        assertEquals("订单已取消", worker.getList("items.title").get(worker.getList("items.orderId").indexOf(order.toString())));
        as(a.side().worker()).when().get("/api/worker/notifications/unread-count").then().statusCode(200);
        as(a.side().worker()).when().get("/api/worker/me/notification-preferences").then().statusCode(200)
                .body("", hasSize(NotificationEvent.values().length * Channel.values().length))
                .body("find { it.event == 'cancelled' && it.channel == 'IN_APP' }.locked", equalTo(true));
        as(a.side().worker()).body(Map.of("changes", List.of(Map.of("event", "cancelled", "channel", "SMS", "enabled", false))))
                .when().put("/api/worker/me/notification-preferences").then().statusCode(200)
                .body("find { it.event == 'cancelled' && it.channel == 'SMS' }.enabled", equalTo(false));
        // Workers are not customers: the customer API refuses their token.
        as(a.side().worker()).when().get("/api/app/notifications").then().statusCode(403);
    }

    @Test
    void theSameEventTwiceNotifiesOnce() throws Exception {
        OrderWorld.Side a = world.a();
        Buyer buyer = buyer(a);
        UUID order = paidOrder(a, buyer, 120);
        UUID paidEvent = UUID.fromString(one("select id from outbox_event where aggregate_id = ? and type = 'order.paid'",
                order.toString()));
        EventEnvelope again = QuarkusTransaction.requiringNew().call(() -> dispatcher.load(paidEvent)).orElseThrow();
        dispatcher.deliver(again);
        // Even handled again outside the dispatcher's bookkeeping (a re-emitted event), nothing doubles.
        TenantContext.run(a.tenantId(), () -> QuarkusTransaction.requiringNew().run(() -> trigger.handle(again)));
        assertEquals(List.of("booked"), events(buyer.session()));
        assertEquals("1", one("select count(*) from notification_delivery where order_id = ? and channel = 'SMS'", order));

        // A refund notifies once per refund, with its amount.
        Map<String, Object> payload = new HashMap<>();
        UUID refundId = UUID.randomUUID();
        payload.put("refundId", refundId);
        payload.put("orderId", order);
        payload.put("amountFen", 3000);
        payload.put("status", "SUCCEEDED");
        EventEnvelope refund = new EventEnvelope(UUID.randomUUID(), a.tenantId(), "refund.succeeded", "refund",
                refundId.toString(), Instant.now(), json.valueToTree(payload));
        for (int i = 0; i < 2; i++) {
            TenantContext.run(a.tenantId(), () -> QuarkusTransaction.requiringNew().run(() -> trigger.handle(refund)));
        }
        JsonPath inbox = inbox(buyer.session(), "/api/app/notifications");
        assertEquals(List.of("refunded", "booked"), inbox.getList("items.event"));
        assertTrue(inbox.getString("items[0].body").contains("¥30.00"), inbox.getString("items[0].body"));
    }

    @Test
    void quietHoursDeferSmsUntilTheWindowEndsWhileInAppIsImmediate() {
        OrderWorld.Side a = world.a();
        // A window around now (tenant zone), ending in an hour.
        ZonedDateTime local = ZonedDateTime.now(ZoneId.of("Asia/Shanghai"));
        int minute = local.getHour() * 60 + local.getMinute();
        TenantSettings quiet = TenantSettings.defaults().withQuietHours(
                new TenantSettings.QuietHours(true, Math.floorMod(minute - 60, 1440), Math.floorMod(minute + 60, 1440)));
        as(StaffTokens.superAdmin()).body(quiet).when().put("/api/platform/tenants/" + a.tenantId() + "/settings")
                .then().statusCode(200);
        try {
            Buyer buyer = buyer(a);
            UUID order = paidOrder(a, buyer, 144);
            assertEquals(List.of("booked"), events(buyer.session()));
            Instant notBefore = Instant.parse(one("select to_char(not_before at time zone 'UTC',"
                    + " 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"') from notification_delivery where order_id = ? and channel = 'SMS'",
                    order));
            assertTrue(notBefore.isAfter(Instant.now().plus(Duration.ofMinutes(55))), "deferred to the window's end");

            sender.sendDue(Instant.now(), a.tenantId());
            assertEquals(0, notices(buyer.session()).size());
            assertEquals("PENDING", one("select state from notification_delivery where order_id = ? and channel = 'SMS'", order));

            sender.sendDue(notBefore.plusSeconds(1), a.tenantId());
            assertEquals(1, notices(buyer.session()).size());
            assertEquals("SENT", one("select state from notification_delivery where order_id = ? and channel = 'SMS'", order));
        } finally {
            as(StaffTokens.superAdmin()).body(TenantSettings.defaults()).when()
                    .put("/api/platform/tenants/" + a.tenantId() + "/settings").then().statusCode(200);
        }
    }

    @Test
    void optOutsAreHonouredButCancellationsStayInTheInbox() {
        OrderWorld.Side a = world.a();
        Buyer buyer = buyer(a);
        as(buyer.session()).body(Map.of("changes", List.of(Map.of("event", "accepted", "channel", "SMS", "enabled", false),
                Map.of("event", "accepted", "channel", "IN_APP", "enabled", false)))).when()
                .put("/api/app/me/notification-preferences").then().statusCode(200);
        as(buyer.session()).body(Map.of("changes", List.of(Map.of("event", "booked", "channel", "SMS", "enabled", false),
                Map.of("event", "cancelled", "channel", "IN_APP", "enabled", false)))).when()
                .put("/api/app/me/notification-preferences").then().statusCode(422)
                .contentType("application/problem+json").body("code", equalTo("notification-opt-out-not-allowed"));
        JsonPath prefs = as(buyer.session()).when().get("/api/app/me/notification-preferences").then().statusCode(200)
                .extract().jsonPath();
        List<Map<String, Object>> off = prefs.<Map<String, Object>>getList("").stream()
                .filter(p -> !(Boolean) p.get("enabled")).toList();
        assertEquals(2, off.size(), "the refused change saved nothing: " + off);

        UUID order = paidOrder(a, buyer, 168);
        as(a.side().worker()).when().post("/api/worker/orders/" + order + "/accept").then().statusCode(200);
        relay.publishPending();
        assertEquals(List.of("booked"), events(buyer.session()));
        assertEquals(List.of("booked"), rows("select event from notification_delivery where order_id = ?"
                + " and channel = 'SMS'", order));
    }

    @Test
    void weChatSubscribeMessagesUseTheTenantsTemplateAndSkipUnsubscribedUsers() {
        OrderWorld.Side b = world.b();
        String appId = "wx" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        Map<String, Object> branding = new HashMap<>();
        branding.put("displayName", "Company " + b.slug());
        branding.put("miniProgramAppId", appId);
        branding.put("defaultLocale", "zh-CN");
        branding.put("timeZone", "Asia/Shanghai");
        as(StaffTokens.superAdmin()).body(branding).when().put("/api/platform/tenants/" + b.tenantId() + "/branding")
                .then().statusCode(200);
        as(StaffTokens.superAdmin()).body(Map.of("appSecret", "0123456789abcdef0123456789abcdef")).when()
                .put("/api/platform/tenants/" + b.tenantId() + "/wechat-secret").then().statusCode(200);
        as(b.side().ownerToken()).body(Map.of("templateId", "TPL-BOOKED-1", "page", "pages/order/detail?id={orderId}",
                "params", Map.of("character_string1", "{orderNo}", "thing2", "{serviceName}", "time3", "{startTime}")))
                .when().put("/api/tenant/notification-templates/booked/WECHAT/zh-CN").then().statusCode(200);

        Buyer subscribed = buyer(b);
        Buyer unsubscribed = buyer(b);
        Buyer smsOnly = buyer(b);
        fixtures.count("with u as (update customer set wechat_openid = ? where tenant_id = ? and id = ?"
                + " returning 1) select count(*) from u", "openid-" + subscribed.id(), b.tenantId(), subscribed.id());
        fixtures.count("with u as (update customer set wechat_openid = ? where tenant_id = ? and id = ?"
                + " returning 1) select count(*) from u", "openid-" + unsubscribed.id(), b.tenantId(), unsubscribed.id());
        UUID first = paidOrder(b, subscribed, 48);
        UUID second = paidOrder(b, unsubscribed, 72);
        paidOrder(b, smsOnly, 96);
        assertEquals("0", one("select count(*) from notification_delivery where recipient_id = ? and channel = 'WECHAT'",
                smsOnly.id()), "no openid, no WeChat delivery");

        FakeHttpServer wx = FakeWeChatApi.server;
        wx.handler(r -> {
            if (r.path().equals("/cgi-bin/stable_token")) {
                return new FakeHttpServer.Reply(200, Map.of("Content-Type", JSON), "{\"access_token\":\"T1\",\"expires_in\":7200}");
            }
            boolean ok = r.body().contains("openid-" + subscribed.id());
            return new FakeHttpServer.Reply(200, Map.of("Content-Type", JSON),
                    ok ? "{\"errcode\":0,\"errmsg\":\"ok\",\"msgid\":7}" : "{\"errcode\":43101,\"errmsg\":\"user refuse to accept the msg\"}");
        });
        sender.sendDue(Instant.now().plus(Duration.ofDays(1)), b.tenantId());

        assertEquals("SENT", one("select state from notification_delivery where order_id = ? and channel = 'WECHAT'", first));
        assertEquals("SKIPPED", one("select state from notification_delivery where order_id = ? and channel = 'WECHAT'", second));
        assertEquals("1", one("select attempts from notification_delivery where order_id = ? and channel = 'WECHAT'", second),
                "43101 is not retried");
        FakeHttpServer.Request sent = wx.requests().stream()
                .filter(r -> r.path().equals("/cgi-bin/message/subscribe/send") && r.body().contains("openid-" + subscribed.id()))
                .findFirst().orElseThrow();
        String orderNo = orderNo(subscribed, first);
        assertTrue(sent.body().contains("\"template_id\":\"TPL-BOOKED-1\""), sent.body());
        assertTrue(sent.body().contains("\"character_string1\":{\"value\":\"" + orderNo + "\"}"), sent.body());
        assertTrue(sent.body().contains("\"page\":\"pages/order/detail?id=" + first + "\""), sent.body());
        assertTrue(sent.body().contains("\"lang\":\"zh_CN\""), sent.body());
        sender.sendDue(Instant.now().plus(Duration.ofDays(2)), b.tenantId());
        assertEquals("SKIPPED", one("select state from notification_delivery where order_id = ? and channel = 'WECHAT'", second));
    }

    @Test
    void anEnglishTenantsCustomersReadEnglishAndTheTenantsOwnTemplateWins() {
        OrderWorld.Pair pair = fixtures.pair();
        OrderWorld.Side en = pair.a();
        Map<String, Object> branding = new HashMap<>();
        branding.put("displayName", "Sunny Home");
        branding.put("defaultLocale", "en");
        branding.put("timeZone", "Asia/Shanghai");
        as(StaffTokens.superAdmin()).body(branding).when().put("/api/platform/tenants/" + en.tenantId() + "/branding")
                .then().statusCode(200);
        as(en.side().ownerToken()).body(Map.of("title", "{workerName} is yours", "body", "{tenantName}: {workerName} takes {orderNo}."))
                .when().put("/api/tenant/notification-templates/accepted/IN_APP/en").then().statusCode(200);

        Buyer buyer = buyer(en);
        UUID order = paidOrder(en, buyer, 48);
        as(en.side().worker()).when().post("/api/worker/orders/" + order + "/accept").then().statusCode(200);
        relay.publishPending();
        JsonPath inbox = inbox(buyer.session(), "/api/app/notifications");
        String orderNo = orderNo(buyer, order);
        assertEquals("Booking confirmed", inbox.getString("items[1].title"));
        assertTrue(inbox.getString("items[1].body").startsWith("Your Skill item (order " + orderNo + ") is paid (¥128.00) for "),
                inbox.getString("items[1].body"));
        assertTrue(inbox.getString("items[0].title").endsWith(" is yours"), inbox.getString("items[0].title"));
        assertEquals("Sunny Home: " + inbox.getString("items[0].title").replace(" is yours", "") + " takes " + orderNo + ".",
                inbox.getString("items[0].body"));
        sender.sendDue(Instant.now().plus(Duration.ofDays(1)), en.tenantId());
        assertEquals(List.of("SMS_HEARTH_ACCEPTED_EN", "SMS_HEARTH_BOOKED_EN"), notices(buyer.session()).stream()
                .map(SmsMessage::templateCode).sorted().toList());

        // The other tenant still gets the built-in text.
        Buyer other = buyer(pair.b());
        UUID otherOrder = paidOrder(pair.b(), other, 48);
        as(pair.b().side().worker()).when().post("/api/worker/orders/" + otherOrder + "/accept").then().statusCode(200);
        relay.publishPending();
        assertEquals("服务人员已接单", inbox(other.session(), "/api/app/notifications").getString("items[0].title"));
    }

    @Test
    void anotherTenantsNotificationsAreNotFoundAndListsNeverMix() {
        OrderWorld.Side a = world.a();
        OrderWorld.Side b = world.b();
        Buyer inA = buyer(a);
        paidOrder(a, inA, 192);
        String aId = inbox(inA.session(), "/api/app/notifications").getString("items[0].id");
        AppUsers.Session bCustomer = b.side().customer();

        as(bCustomer).when().post("/api/app/notifications/" + aId + "/read").then().statusCode(404)
                .contentType("application/problem+json");
        as(bCustomer).when().get("/api/app/notifications?before=" + aId).then().statusCode(404);
        as(bCustomer).when().post("/api/app/notifications/read-all").then().statusCode(200);
        as(inA.session()).when().get("/api/app/notifications/unread-count").then().body("count", equalTo(1));
        assertFalse(inbox(bCustomer, "/api/app/notifications").getList("items.id").contains(aId));
        // A worker of tenant A cannot reach a customer's notice either, in its own tenant or another.
        as(a.side().worker()).when().post("/api/worker/notifications/" + aId + "/read").then().statusCode(404);
        as(b.side().worker()).when().post("/api/worker/notifications/" + aId + "/read").then().statusCode(404);
        // Another customer of the same tenant neither.
        as(a.side().customer()).when().post("/api/app/notifications/" + aId + "/read").then().statusCode(404);
        as(inA.session()).when().get("/api/app/notifications/unread-count").then().body("count", equalTo(1));
    }
}
