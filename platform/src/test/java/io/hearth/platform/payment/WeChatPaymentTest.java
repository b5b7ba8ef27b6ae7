package io.hearth.platform.payment;

import static io.hearth.platform.payment.PaymentFixtures.as;
import static io.hearth.platform.payment.PaymentFixtures.count;
import static io.hearth.platform.payment.PaymentFixtures.eventually;
import static io.hearth.platform.payment.PaymentFixtures.outcomes;
import static io.hearth.platform.payment.PaymentFixtures.patience;
import static io.hearth.platform.payment.PaymentFixtures.sandboxPaymentNotification;
import static io.hearth.platform.payment.PaymentFixtures.staffView;
import static io.hearth.platform.payment.PaymentFixtures.start;
import static io.hearth.platform.payment.PaymentFixtures.transactionId;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.hearth.platform.order.OrderWorld;
import io.hearth.platform.payment.wechat.FakeWeChatPay;
import io.hearth.platform.payment.wechat.TestKeys;
import io.hearth.platform.payment.wechat.WeChatPaySignature;
import io.hearth.platform.testing.CapturingSmsSender;
import io.hearth.platform.testing.TwoTenants;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.security.KeyPair;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** WeChat Pay end to end against the local stand-in of its API (the real one is out of reach). */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
class WeChatPaymentTest {

    @Inject
    CapturingSmsSender sms;

    @Inject
    OrderWorld fixtures;

    @Inject
    AgroalDataSource db;

    private final FakeWeChatPay weChat = FakeWeChatPay.shared();

    private record Merchant(String mchId, String appId, KeyPair keys, String serial, String apiV3Key) {
    }

    /** A merchant account registered with WeChat Pay's stand-in and stored for the tenant by its owner. */
    private Merchant merchantFor(TwoTenants.Side side) {
        Merchant m = new Merchant("16" + String.format("%08d", (int) (Math.random() * 100_000_000)),
                "wx" + TestKeys.serial().substring(0, 16).toLowerCase(Locale.ROOT), TestKeys.rsa(), TestKeys.serial(),
                TestKeys.apiV3Key());
        weChat.register(new FakeWeChatPay.Merchant(m.mchId(), m.appId(), m.serial(), m.keys().getPublic(), m.apiV3Key()));
        as(side.ownerToken()).body(accountInput(m)).when().put("/api/tenant/payment/wechat").then().statusCode(200);
        return m;
    }

    private Map<String, Object> accountInput(Merchant m) {
        Map<String, Object> in = new HashMap<>();
        in.put("mchId", m.mchId());
        in.put("appId", m.appId());
        in.put("merchantSerialNo", m.serial());
        in.put("merchantPrivateKeyPem", TestKeys.pem(m.keys().getPrivate()));
        in.put("apiV3Key", m.apiV3Key());
        in.put("platformSerialNo", weChat.platformSerial());
        in.put("platformKeyPem", weChat.platformPublicKeyPem());
        return in;
    }

    /** The customer as if signed in with WeChat in the tenant's mini program. */
    private String bindWeChat(TwoTenants.Side side) {
        String openid = "o" + UUID.randomUUID().toString().replace("-", "").substring(0, 27);
        PaymentFixtures.update(db, "update customer set wechat_openid = ? where tenant_id = ? and id = ?", openid,
                side.tenant().id(), UUID.fromString(side.customer().subjectId()));
        return openid;
    }

    /** A PENDING_PAYMENT order of the side's customer, any worker. */
    private UUID order(OrderWorld.Side side, long totalFen) {
        return OrderWorld.order(side, fixtures.quote(side, null, OrderWorld.hoursAhead(30), totalFen));
    }

    /** How many PAY and REFUND steps the order's timeline holds, and the money it counts. */
    private static String counted(OrderWorld.Side side, UUID order) {
        JsonPath o = OrderWorld.detail(side, order);
        return "pay=" + o.getList("timeline.findAll { it.action == 'PAY' }").size()
                + " refund=" + o.getList("timeline.findAll { it.action == 'REFUND' }").size()
                + " paidFen=" + o.getLong("money.paidFen") + " refundedFen=" + o.getLong("money.refundedFen");
    }

    private static ValidatableResponse post(String path, FakeWeChatPay.Notification n) {
        return given().headers(n.headers()).contentType("application/json").body(n.body()).when().post(path).then();
    }

    @Test
    void theOwnerSetsTheMerchantAccountAndSecretsNeverComeBack() {
        TwoTenants tt = TwoTenants.create(sms);
        String owner = tt.a().ownerToken();
        as(owner).when().get("/api/tenant/payment/wechat").then().statusCode(404);

        Merchant m = new Merchant("1900009191", "wx8888888888888888", TestKeys.rsa(), TestKeys.serial(), TestKeys.apiV3Key());
        Map<String, Object> in = accountInput(m);
        Map<String, Object> badKey = new HashMap<>(in);
        badKey.put("merchantPrivateKeyPem", TestKeys.pem(m.keys().getPublic()));
        as(owner).body(badKey).when().put("/api/tenant/payment/wechat").then().statusCode(422)
                .contentType("application/problem+json").body("code", equalTo("wechat-pay-key-invalid"))
                .body("errors.field", hasItem("merchantPrivateKeyPem"));
        Map<String, Object> noSecrets = new HashMap<>(in);
        noSecrets.remove("apiV3Key");
        as(owner).body(noSecrets).when().put("/api/tenant/payment/wechat").then().statusCode(422)
                .body("code", equalTo("wechat-pay-secrets-required"));
        Map<String, Object> shortKey = new HashMap<>(in);
        shortKey.put("apiV3Key", "too-short");
        as(owner).body(shortKey).when().put("/api/tenant/payment/wechat").then().statusCode(400)
                .body("errors.field", hasItem("apiV3Key"));
        Map<String, Object> badPlatform = new HashMap<>(in);
        badPlatform.put("platformKeyPem", "-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----");
        as(owner).body(badPlatform).when().put("/api/tenant/payment/wechat").then().statusCode(422);
        as(owner).when().get("/api/tenant/payment/wechat").then().statusCode(404);
        assertEquals(0, count(db, "select count(*) from wechat_pay_account where tenant_id = ?", tt.a().tenant().id()));

        as(owner).body(in).when().put("/api/tenant/payment/wechat").then().statusCode(200)
                .body("mchId", equalTo("1900009191")).body("merchantPrivateKeySet", equalTo(true))
                .body("apiV3KeySet", equalTo(true)).body("platformKeyKind", equalTo("PUBLIC_KEY"))
                .body("$", not(org.hamcrest.Matchers.hasKey("apiV3Key")))
                .body("$", not(org.hamcrest.Matchers.hasKey("merchantPrivateKeyPem")));
        String stored = PaymentFixtures.strings(db, "select api_v3_key_enc || merchant_private_key_enc from wechat_pay_account"
                + " where tenant_id = ?", tt.a().tenant().id()).get(0);
        assertFalse(stored.contains(m.apiV3Key()));
        assertFalse(stored.contains("PRIVATE KEY"));
        // later changes may leave the secrets out: they are kept
        as(owner).body(noSecrets).when().put("/api/tenant/payment/wechat").then().statusCode(200)
                .body("apiV3KeySet", equalTo(true));

        as(tt.a().dispatcherToken()).when().get("/api/tenant/payment/wechat").then().statusCode(403);
        as(tt.a().customer().accessToken()).when().get("/api/tenant/payment/wechat").then().statusCode(403);
        as(tt.b().ownerToken()).when().get("/api/tenant/payment/wechat").then().statusCode(404);
    }

    @Test
    void prepayIsSignedAndTheNotificationPaysOnce() {
        OrderWorld.Side side = fixtures.pair().a();
        TwoTenants.Side a = side.side();
        Merchant m = merchantFor(a);
        String customer = a.customer().accessToken();
        UUID order = order(side, 15800);

        as(customer).body("{\"provider\":\"WECHAT\"}").when().post("/api/app/orders/" + order + "/payments")
                .then().statusCode(422).body("code", equalTo("payment-wechat-not-bound"));
        String openid = bindWeChat(a);

        JsonPath started = start(customer, order, "WECHAT");
        String no = started.getString("payment.outTradeNo");
        FakeWeChatPay.Transaction t = weChat.transaction(no);
        assertNotNull(t, "WeChat Pay received the prepay (its signature verified)");
        assertEquals(15800, t.totalFen());
        assertEquals(openid, t.openid());
        assertEquals(m.appId(), t.appId());
        assertTrue(t.notifyUrl().endsWith("/api/payments/notify/wechat"), t.notifyUrl());
        assertEquals(m.appId(), started.getString("client.appId"));
        assertEquals("prepay_id=" + t.prepayId(), started.getString("client.package"));
        assertEquals("RSA", started.getString("client.signType"));
        assertTrue(WeChatPaySignature.verify(m.keys().getPublic(), WeChatPaySignature.payMessage(m.appId(),
                started.getString("client.timeStamp"), started.getString("client.nonceStr"), started.getString("client.package")),
                started.getString("client.paySign")));
        // asking again: same payment, same prepay, freshly signed parameters
        JsonPath again = start(customer, order, "WECHAT");
        assertEquals(started.getString("payment.id"), again.getString("payment.id"));
        assertEquals(started.getString("client.package"), again.getString("client.package"));

        FakeWeChatPay.Notification paid = weChat.paymentNotification(no);
        assertEquals(204, weChat.deliver(paid, t.notifyUrl()));
        assertEquals(204, weChat.deliver(paid, t.notifyUrl()));
        post("/api/payments/notify/wechat", weChat.paymentNotification(no)).statusCode(204);

        UUID paymentId = UUID.fromString(started.getString("payment.id"));
        assertEquals(List.of("PAID", "DUPLICATE", "DUPLICATE"), outcomes(db, paymentId));
        assertEquals("pay=1 refund=0 paidFen=15800 refundedFen=0", counted(side, order));
        assertEquals("PENDING_DISPATCH", OrderWorld.detail(side, order).getString("status"));
        as(customer).when().get("/api/app/orders/" + order + "/payments").then()
                .body("payments[0].status", equalTo("PAID"))
                .body("payments[0].providerTransactionId", equalTo(t.transactionId()));
    }

    @Test
    void forgedReplayedAndWrongAmountWeChatNotificationsDoNotPay() {
        OrderWorld.Side side = fixtures.pair().a();
        TwoTenants.Side a = side.side();
        merchantFor(a);
        bindWeChat(a);
        UUID order = order(side, 20000);
        String no = start(a.customer().accessToken(), order, "WECHAT").getString("payment.outTradeNo");

        post("/api/payments/notify/wechat", weChat.forged(weChat.paymentNotification(no), TestKeys.rsa().getPrivate()))
                .statusCode(401).contentType("application/problem+json").body("code", equalTo("payment-notification-signature"));
        post("/api/payments/notify/wechat", weChat.paymentNotification(no, 20000, Instant.now().minusSeconds(301)))
                .statusCode(401).body("code", equalTo("payment-notification-stale"));
        given().contentType("application/json").body("{}").when().post("/api/payments/notify/wechat").then().statusCode(401);
        assertEquals("CREATED", staffView(a.ownerToken(), order).getString("payments[0].status"));
        assertEquals("pay=0 refund=0 paidFen=0 refundedFen=0", counted(side, order));

        post("/api/payments/notify/wechat", weChat.paymentNotification(no, 2000, Instant.now())).statusCode(204);
        assertEquals("AMOUNT_MISMATCH", staffView(a.ownerToken(), order).getString("payments[0].status"));
        assertEquals("pay=0 refund=0 paidFen=0 refundedFen=0", counted(side, order));
        assertEquals("PENDING_PAYMENT", OrderWorld.detail(side, order).getString("status"));
    }

    @Test
    void anotherTenantsMerchantCannotPayThisTenantsPayment() {
        OrderWorld.Pair world = fixtures.pair();
        TwoTenants tt = world.two();
        merchantFor(tt.a());
        Merchant b = merchantFor(tt.b());
        bindWeChat(tt.a());
        UUID order = order(world.a(), 5000);
        String no = start(tt.a().customer().accessToken(), order, "WECHAT").getString("payment.outTradeNo");

        // genuinely signed by WeChat Pay, but for tenant B's merchant: it does not find tenant A's payment
        post("/api/payments/notify/wechat", weChat.paymentNotificationAs(b.mchId(), b.appId(), no, 5000)).statusCode(204);

        assertEquals("CREATED", staffView(tt.a().ownerToken(), order).getString("payments[0].status"));
        assertEquals("pay=0 refund=0 paidFen=0 refundedFen=0", counted(world.a(), order));
        assertEquals(1, count(db, "select count(*) from payment_notification where out_trade_no = ? and tenant_id = ?"
                + " and outcome = 'UNKNOWN_PAYMENT'", no, tt.b().tenant().id()));
    }

    @Test
    void aRefundGoesToWeChatPayAfterCommitAndItsNotificationConfirmsIt() {
        OrderWorld.Side side = fixtures.pair().a();
        TwoTenants.Side a = side.side();
        merchantFor(a);
        bindWeChat(a);
        UUID order = order(side, 12000);
        String no = start(a.customer().accessToken(), order, "WECHAT").getString("payment.outTradeNo");
        post("/api/payments/notify/wechat", weChat.paymentNotification(no)).statusCode(204);

        as(a.ownerToken()).header("Idempotency-Key", "wx-" + UUID.randomUUID())
                .body(Map.of("amountFen", 4500, "reason", "少做了一小时")).when().post("/api/tenant/orders/" + order + "/refunds")
                .then().statusCode(201).body("status", equalTo("PENDING"));
        String outRefundNo = staffView(a.ownerToken(), order).getString("refunds[0].parts[0].outRefundNo");

        eventually(patience(), "WeChat Pay accepted the refund",
                () -> "PROCESSING".equals(staffView(a.ownerToken(), order).getString("refunds[0].parts[0].status")));
        FakeWeChatPay.RefundRecord r = weChat.refund(outRefundNo);
        assertEquals(4500, r.refundFen());
        assertEquals(12000, r.totalFen());
        assertEquals(weChat.transaction(no).transactionId(), r.transactionId());
        assertTrue(r.notifyUrl().endsWith("/api/payments/notify/wechat/refund"));
        assertEquals(r.refundId(), staffView(a.ownerToken(), order).getString("refunds[0].parts[0].providerRefundId"));
        // accepted is not refunded: the order counts nothing until WeChat Pay confirms
        assertEquals("pay=1 refund=0 paidFen=12000 refundedFen=0", counted(side, order));

        FakeWeChatPay.Notification done = weChat.refundNotification(outRefundNo, "SUCCESS", Instant.now());
        assertEquals(204, weChat.deliver(done, r.notifyUrl()));
        assertEquals(204, weChat.deliver(done, r.notifyUrl()));
        post("/api/payments/notify/wechat/refund", weChat.forged(done, TestKeys.rsa().getPrivate())).statusCode(401);

        JsonPath view = staffView(a.ownerToken(), order);
        assertEquals("SUCCEEDED", view.getString("refunds[0].status"));
        assertEquals("PARTIALLY_REFUNDED", view.getString("payments[0].status"));
        assertEquals(4500, view.getLong("payments[0].refundedFen"));
        assertEquals("pay=1 refund=1 paidFen=12000 refundedFen=4500", counted(side, order));
    }

    @Test
    void aPaymentReplacedByAnotherProviderIsClosedAndItsLateNotificationChangesNothing() {
        OrderWorld.Side side = fixtures.pair().a();
        TwoTenants.Side a = side.side();
        merchantFor(a);
        bindWeChat(a);
        String customer = a.customer().accessToken();
        UUID order = order(side, 9000);

        JsonPath sandbox = start(customer, order, "SANDBOX");
        JsonPath weChatPayment = start(customer, order, "WECHAT");
        JsonPath sandboxAgain = start(customer, order, "SANDBOX");
        assertTrue(weChat.isClosed(weChatPayment.getString("payment.outTradeNo")), "closed at WeChat Pay before replacing it");

        // both replaced payments are CLOSED; the customer's latest choice is the open one
        as(a.ownerToken()).when().get("/api/tenant/orders/" + order + "/payments").then()
                .body("payments.status", equalTo(List.of("CLOSED", "CLOSED", "CREATED")))
                .body("payments[2].id", equalTo(sandboxAgain.getString("payment.id")));

        sandboxPaymentNotification(sandbox.getString("payment.outTradeNo"), transactionId(), 9000).statusCode(204);
        post("/api/payments/notify/wechat", weChat.paymentNotification(weChatPayment.getString("payment.outTradeNo")))
                .statusCode(204);

        as(a.ownerToken()).when().get("/api/tenant/orders/" + order + "/payments").then()
                .body("payments.status", equalTo(List.of("CLOSED", "CLOSED", "CREATED")))
                .body("payments[0].providerTransactionId", nullValue()).body("paidFen", equalTo(0));
        assertEquals("pay=0 refund=0 paidFen=0 refundedFen=0", counted(side, order));
        assertEquals(List.of("IGNORED_CLOSED"), outcomes(db, UUID.fromString(sandbox.getString("payment.id"))));
        assertEquals(List.of("IGNORED_CLOSED"), outcomes(db, UUID.fromString(weChatPayment.getString("payment.id"))));
    }
}
