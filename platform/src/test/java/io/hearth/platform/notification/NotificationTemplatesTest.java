package io.hearth.platform.notification;

import static io.hearth.platform.worker.WorkerFixtures.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import io.hearth.platform.testing.CapturingSmsSender;
import io.hearth.platform.testing.StaffTokens;
import io.hearth.platform.testing.TwoTenants;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Staff edit their tenant's templates: whitelisted placeholders only, roles, preview, reset, and never another's. */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(FakeWeChatApi.class)
class NotificationTemplatesTest {

    static final String BASE = "/api/tenant/notification-templates";

    @Inject
    CapturingSmsSender sms;

    static TwoTenants two;

    @BeforeEach
    void setUp() {
        if (two == null) {
            two = TwoTenants.create(sms);
        }
    }

    static String staff(TwoTenants.Side side, String role) {
        return StaffTokens.staff(side.tenant().slug() + "-" + role, side.tenant().slug(), role);
    }

    @Test
    void everyEventChannelAndLocaleIsListedWithItsPlaceholders() {
        as(staff(two.a(), "customer-service")).when().get(BASE).then().statusCode(200)
                .body("", hasSize(NotificationEvent.values().length * 3 * 2))
                .body("find { it.event == 'refunded' && it.channel == 'IN_APP' && it.locale == 'en' }.content.title",
                        equalTo("Refund completed"))
                .body("find { it.event == 'refunded' && it.channel == 'IN_APP' && it.locale == 'en' }.placeholders",
                        hasItem("refundAmount"))
                .body("find { it.event == 'booked' && it.channel == 'IN_APP' && it.locale == 'zh-CN' }.overridden",
                        equalTo(false));
        as(staff(two.a(), "dispatcher")).when().get(BASE).then().statusCode(403);
        as(two.a().customer()).when().get(BASE).then().statusCode(403);
    }

    @Test
    void anUnknownPlaceholderIsRefusedNamingItAndNothingIsSaved() {
        String owner = two.a().ownerToken();
        as(owner).body(Map.of("title", "Booked", "body", "Order {orderNo} by {workerName} at {secret}")).when()
                .put(BASE + "/booked/IN_APP/en").then().statusCode(422).contentType("application/problem+json")
                .body("code", equalTo("notification-template-placeholder-unknown"))
                .body("detail", containsString("workerName"));
        as(owner).body(Map.of("title", "x".repeat(61), "body", "ok")).when().put(BASE + "/booked/IN_APP/en").then()
                .statusCode(422).body("code", equalTo("notification-template-too-long")).body("detail", containsString("title"));
        as(owner).body(Map.of("title", "Booked")).when().put(BASE + "/booked/IN_APP/en").then().statusCode(422)
                .body("code", equalTo("notification-template-incomplete"));
        as(owner).body(Map.of("templateId", "T1", "params", Map.of("weird1", "{orderNo}"))).when()
                .put(BASE + "/booked/WECHAT/en").then().statusCode(422).body("code", equalTo("notification-wechat-key-invalid"));
        as(owner).body(Map.of("title", "t", "body", "b")).when().put(BASE + "/shipped/IN_APP/en").then().statusCode(422)
                .body("code", equalTo("notification-event-unknown"));
        as(owner).body(Map.of("title", "t", "body", "b")).when().put(BASE + "/booked/FAX/en").then().statusCode(422)
                .body("code", equalTo("notification-channel-unknown"));
        as(owner).body(Map.of("title", "t", "body", "b")).when().put(BASE + "/booked/IN_APP/fr").then().statusCode(422)
                .body("code", equalTo("notification-locale-unsupported"));
        as(owner).when().get(BASE + "/booked/IN_APP/en").then().statusCode(200).body("overridden", equalTo(false))
                .body("content.title", equalTo("Booking confirmed"));
    }

    @Test
    void marketingSavesPreviewsAndResetsCustomerServiceOnlyReads() {
        String marketing = staff(two.a(), "marketing");
        as(staff(two.a(), "customer-service")).body(Map.of("title", "t", "body", "b")).when()
                .put(BASE + "/completed/IN_APP/zh-CN").then().statusCode(403);
        as(marketing).body(Map.of("title", "{workerName}完成啦", "body", "订单 {orderNo} 共 {amount}，感谢选择{tenantName}"))
                .when().put(BASE + "/completed/IN_APP/zh-CN").then().statusCode(200)
                .body("overridden", equalTo(true)).body("updatedBy", equalTo(two.a().tenant().slug() + "-marketing"));
        as(staff(two.a(), "customer-service")).when().get(BASE + "/completed/IN_APP/zh-CN").then().statusCode(200)
                .body("content.title", equalTo("{workerName}完成啦"));
        as(marketing).when().post(BASE + "/completed/IN_APP/zh-CN/preview").then().statusCode(200)
                .body("rendered.title", equalTo("王阿姨完成啦"))
                .body("rendered.body", equalTo("订单 HS202611230001 共 ¥128.00，感谢选择Company " + two.a().tenant().slug()));
        as(marketing).body(Map.of("title", "Done", "body", "{serviceName} at {startTime}")).when()
                .post(BASE + "/completed/IN_APP/en/preview").then().statusCode(200)
                .body("rendered.body", startsWith("Standard cleaning (2 hours) at "));
        as(marketing).body(Map.of("title", "Done", "body", "{refundAmount}")).when()
                .post(BASE + "/completed/IN_APP/en/preview").then().statusCode(422)
                .body("code", equalTo("notification-template-placeholder-unknown"));
        as(marketing).when().post(BASE + "/refunded/SMS/en/preview").then().statusCode(200)
                .body("rendered.templateCode", equalTo("SMS_HEARTH_REFUNDED_EN"))
                .body("rendered.params.amount", equalTo("¥50.00"));

        // Tenant B's staff see B's templates only: the built-in one.
        as(two.b().ownerToken()).when().get(BASE + "/completed/IN_APP/zh-CN").then().statusCode(200)
                .body("overridden", equalTo(false)).body("content.title", equalTo("服务已完成"));
        as(two.b().ownerToken()).when().get(BASE).then().statusCode(200)
                .body("findAll { it.overridden }.content.title", not(hasItem("{workerName}完成啦")));
        as(two.b().ownerToken()).when().delete(BASE + "/completed/IN_APP/zh-CN").then().statusCode(404);
        as(staff(two.a(), "customer-service")).when().get(BASE + "/completed/IN_APP/zh-CN").then()
                .body("overridden", equalTo(true));

        as(marketing).when().delete(BASE + "/completed/IN_APP/zh-CN").then().statusCode(200)
                .body("overridden", equalTo(false)).body("content.title", equalTo("服务已完成"));
        as(marketing).when().delete(BASE + "/completed/IN_APP/zh-CN").then().statusCode(404)
                .contentType("application/problem+json");
    }
}
