package io.hearth.platform.identity.wechat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hearth.platform.shared.web.ApiException;
import io.hearth.platform.testing.FakeHttpServer;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The code2Session client against a local stand-in for api.weixin.qq.com. */
class WeChatSessionClientTest {

    private static final String APP_ID = "wx5f2a9c0b7d3e1f46";
    private static final String APP_SECRET = "3b8e0f5c2a9d4e6f7a1b0c9d8e7f6a5b";
    private static final String SESSION_KEY = "tiihtNczf5v6AKRyjwEUhQ==";

    private FakeHttpServer weChat;

    @BeforeEach
    void startWeChat() {
        weChat = FakeHttpServer.start();
    }

    @AfterEach
    void stopWeChat() {
        weChat.close();
    }

    @Test
    void aValidCodeGivesTheSessionWithUnionid() {
        weChat.answer(200, "text/plain", """
                {"session_key":"%s","openid":"oGZUI0egBJY1zhBYw2KhdUfwVJJE","unionid":"oWmV_1ZOFfqCp2M7XDyOuQ5c2e9M"}"""
                .formatted(SESSION_KEY));

        WeChatSession session = client(Duration.ofSeconds(5)).code2Session(APP_ID, APP_SECRET, "0a3b7c1d9e");

        assertEquals(new WeChatSession("oGZUI0egBJY1zhBYw2KhdUfwVJJE", "oWmV_1ZOFfqCp2M7XDyOuQ5c2e9M", SESSION_KEY), session);
    }

    @Test
    void aMiniProgramWithoutOpenPlatformGivesNoUnionid() {
        weChat.answer(200, "application/json; encoding=utf-8", """
                {"session_key":"%s","expires_in":7200,"openid":"oGZUI0egBJY1zhBYw2KhdUfwVJJE","errcode":0,"errmsg":"ok"}"""
                .formatted(SESSION_KEY));

        WeChatSession session = client(Duration.ofSeconds(5)).code2Session(APP_ID, APP_SECRET, "0a3b7c1d9e");

        assertEquals("oGZUI0egBJY1zhBYw2KhdUfwVJJE", session.openid());
        assertNull(session.unionid());
        assertEquals(SESSION_KEY, session.sessionKey());
    }

    @Test
    void sendsExactlyTheDocumentedQuery() {
        weChat.answer(200, "text/plain", "{\"session_key\":\"k\",\"openid\":\"o\"}");

        client(Duration.ofSeconds(5)).code2Session(APP_ID, APP_SECRET, "071a+b/c=d");

        FakeHttpServer.Request request = weChat.onlyRequest();
        assertEquals("GET", request.method());
        assertEquals("/sns/jscode2session", request.path());
        assertEquals(Map.of("appid", APP_ID, "secret", APP_SECRET, "js_code", "071a+b/c=d", "grant_type", "authorization_code"),
                request.query());
        assertEquals(4, request.rawQuery().split("&").length);
    }

    @ParameterizedTest
    @CsvSource({
            "40029, 'invalid code, rid: 652d44d0-1d0af18b-5b069232', false, 422, wechat-code-invalid",
            "40163, 'code been used, rid: 652d44d0-1d0af18b-5b069233', false, 422, wechat-code-invalid",
            "45011, 'api minute-quota reach limit  mustslower  retry next minute', true, 503, wechat-unavailable",
            "-1, 'system error', true, 503, wechat-unavailable",
            "40226, 'code blocked', false, 422, wechat-login-blocked",
            "40125, 'invalid appsecret', false, 503, wechat-unavailable" })
    void errorCodesSayWhetherToRetryAndWhatTheCallerIsTold(int errcode, String errmsg, boolean retryable, int status,
            String messageKey) {
        weChat.answer(200, "text/plain", "{\"errcode\":%d,\"errmsg\":\"%s\"}".formatted(errcode, errmsg));

        WeChatLoginException e = assertThrows(WeChatLoginException.class,
                () -> client(Duration.ofSeconds(5)).code2Session(APP_ID, APP_SECRET, "0a3b7c1d9e"));

        assertEquals(errcode, e.errcode());
        assertEquals(errmsg, e.errmsg());
        assertEquals(retryable, e.retryable());
        ApiException api = e.toApiException();
        assertEquals(status, api.status());
        assertEquals(messageKey, api.messageKey());
        assertFalse(e.getMessage().contains(APP_SECRET));
    }

    @ParameterizedTest(name = "HTTP {0} {1} -> retryable {3}")
    @CsvSource(delimiter = '|', value = {
            "200 | text/html | <html><head><title>403 Forbidden</title></head></html> | false | unreadable answer (HTTP 200, text/html",
            "502 | text/html | <html>Bad Gateway</html> | true | unreadable answer (HTTP 502, text/html",
            "200 | text/plain | {\"errcode\":0,\"errmsg\":\"ok\"} | false | answer without openid or session_key" })
    void anUnusableAnswerIsAClearFailure(int status, String contentType, String body, boolean retryable, String says) {
        weChat.answer(status, contentType, body);

        WeChatLoginException e = assertThrows(WeChatLoginException.class,
                () -> client(Duration.ofSeconds(5)).code2Session(APP_ID, APP_SECRET, "0a3b7c1d9e"));

        assertNull(e.errcode());
        assertEquals(retryable, e.retryable());
        assertTrue(e.getMessage().contains(says), e.getMessage());
        assertEquals(503, e.toApiException().status());
    }

    @Test
    void noAnswerInTimeIsRetryable() {
        weChat.answerAfter(Duration.ofSeconds(30), 200, "text/plain", "{}");
        long started = System.nanoTime();

        WeChatLoginException e = assertThrows(WeChatLoginException.class,
                () -> client(Duration.ofMillis(300)).code2Session(APP_ID, APP_SECRET, "0a3b7c1d9e"));

        assertTrue(e.retryable());
        assertNull(e.errcode());
        assertEquals(503, e.toApiException().status());
        assertTrue(Duration.ofNanos(System.nanoTime() - started).compareTo(Duration.ofSeconds(5)) < 0);
    }

    @Test
    void printingASessionHidesTheSessionKey() {
        String printed = new WeChatSession("openid-1", null, SESSION_KEY).toString();

        assertFalse(printed.contains(SESSION_KEY), printed);
    }

    private WeChatSessionClient client(Duration readTimeout) {
        return new WeChatSessionClient(weChat.baseUri(), Duration.ofSeconds(1), readTimeout);
    }
}
