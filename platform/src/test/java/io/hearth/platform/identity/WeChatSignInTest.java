package io.hearth.platform.identity;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.hearth.platform.testing.AppUsers;
import io.hearth.platform.testing.CapturingSmsSender;
import io.hearth.platform.testing.FakeHttpServer;
import io.hearth.platform.testing.StaffTokens;
import io.hearth.platform.testing.Tenants;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(FakeWeChatResource.class)
class WeChatSignInTest {

    private static final String SECRET = "0123456789abcdef0123456789abcdef";

    @Inject
    CapturingSmsSender sms;

    private static String tenantWithMiniProgram(String appId) {
        String slug = Tenants.uniqueSlug("wx");
        Map<String, Object> body = new HashMap<>(Tenants.company(slug));
        body.put("miniProgramAppId", appId);
        Tenants.Created t = Tenants.create(body);
        given().auth().oauth2(StaffTokens.superAdmin()).contentType("application/json").body(Map.of("appSecret", SECRET))
                .when().put("/api/platform/tenants/" + t.id() + "/wechat-secret")
                .then().statusCode(200).body("weChatSecretSet", equalTo(true));
        return slug;
    }

    private static String newAppId() {
        return "wx" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
    }

    @Test
    void wxLoginCodeSignsInByOpenidThenThePhoneIsBound() {
        String appId = newAppId();
        tenantWithMiniProgram(appId);
        FakeHttpServer wx = FakeWeChatResource.server;
        wx.answer(200, "text/plain", "{\"openid\":\"o-" + appId + "\",\"session_key\":\"sk\",\"unionid\":\"u-1\"}");
        String access = given().header("X-Hearth-App-Id", appId).contentType("application/json").body(Map.of("code", "js-code-1"))
                .when().post("/api/app/auth/wechat-login")
                .then().statusCode(200).body("phoneBound", equalTo(false))
                .extract().path("tokens.accessToken");
        FakeHttpServer.Request sent = wx.requests().get(wx.requests().size() - 1);
        assertEquals("/sns/jscode2session", sent.path());
        assertEquals(appId, sent.query().get("appid"));
        assertEquals(SECRET, sent.query().get("secret"));
        assertEquals("js-code-1", sent.query().get("js_code"));

        String phone = AppUsers.newPhone();
        given().header("X-Hearth-App-Id", appId).contentType("application/json").body(Map.of("phone", phone))
                .when().post("/api/app/auth/sms-code").then().statusCode(202);
        given().auth().oauth2(access).contentType("application/json").body(Map.of("phone", phone, "code", sms.lastCode(phone)))
                .when().post("/api/app/auth/bind-phone").then().statusCode(204);
        given().auth().oauth2(access).when().get("/api/app/me")
                .then().statusCode(200).body("phoneBound", equalTo(true)).body("weChatBound", equalTo(true));

        // the same WeChat user again: same account, now with a phone
        given().header("X-Hearth-App-Id", appId).contentType("application/json").body(Map.of("code", "js-code-2"))
                .when().post("/api/app/auth/wechat-login")
                .then().statusCode(200).body("phoneBound", equalTo(true));
    }

    @Test
    void anInvalidCodeIsExplained() {
        String appId = newAppId();
        tenantWithMiniProgram(appId);
        FakeWeChatResource.server.answer(200, "text/plain", "{\"errcode\":40029,\"errmsg\":\"invalid code\"}");
        given().header("X-Hearth-App-Id", appId).contentType("application/json").body(Map.of("code", "bad"))
                .when().post("/api/app/auth/wechat-login")
                .then().statusCode(422).body("code", equalTo("wechat-code-invalid"));
    }

    @Test
    void withoutTheAppSecretWeChatSignInIsNotOffered() {
        String appId = newAppId();
        Map<String, Object> body = new HashMap<>(Tenants.company(Tenants.uniqueSlug("nowx")));
        body.put("miniProgramAppId", appId);
        Tenants.create(body);
        given().header("X-Hearth-App-Id", appId).contentType("application/json").body(Map.of("code", "x"))
                .when().post("/api/app/auth/wechat-login")
                .then().statusCode(422).body("code", equalTo("wechat-not-configured"));
    }

    @Test
    void thePhoneOfAnotherAccountCannotBeBound() {
        String appId = newAppId();
        tenantWithMiniProgram(appId);
        // the suite's fixed test phone (code 135790) already has an account in this tenant
        given().header("X-Hearth-App-Id", appId).contentType("application/json")
                .body(Map.of("phone", "19999999999", "code", "135790"))
                .when().post("/api/app/auth/sms-login").then().statusCode(200);
        FakeWeChatResource.server.answer(200, "text/plain", "{\"openid\":\"o2-" + appId + "\",\"session_key\":\"sk\"}");
        String access = given().header("X-Hearth-App-Id", appId).contentType("application/json").body(Map.of("code", "c"))
                .when().post("/api/app/auth/wechat-login").then().statusCode(200).extract().path("tokens.accessToken");
        given().auth().oauth2(access).contentType("application/json").body(Map.of("phone", "19999999999", "code", "135790"))
                .when().post("/api/app/auth/bind-phone")
                .then().statusCode(409).body("code", equalTo("phone-bound-elsewhere"));
        given().auth().oauth2(access).when().get("/api/app/me").then().body("phoneBound", equalTo(false));
    }
}
