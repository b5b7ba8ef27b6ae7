package io.hearth.platform.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.hearth.platform.testing.FakeHttpServer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The subscribe-message client against a local stand-in for api.weixin.qq.com. */
class WeChatSubscribeClientTest {

    static final ObjectMapper JSON = new ObjectMapper();
    static final String JSON_TYPE = "application/json; encoding=utf-8";

    final FakeHttpServer wx = FakeHttpServer.start();
    final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T06:00:00Z"));
    final WeChatSubscribeClient client = new WeChatSubscribeClient(wx.baseUri(), Duration.ofSeconds(2),
            Duration.ofSeconds(2), clock);

    @AfterEach
    void stop() {
        wx.close();
    }

    static final class MutableClock extends Clock {
        volatile Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    static WeChatSubscribeClient.Message message() {
        return new WeChatSubscribeClient.Message("openid-1", "tmpl-1", "pages/order/detail?id=1", "formal", "zh_CN",
                Map.of("character_string1", "HS1", "thing2", "日常保洁"));
    }

    /** Tokens tok-1, tok-2, ... (7200 s); sends answered by {@code send} given the token used. */
    AtomicInteger serve(Function<String, String> send) {
        AtomicInteger tokens = new AtomicInteger();
        wx.handler(r -> {
            if (r.path().equals("/cgi-bin/stable_token")) {
                return new FakeHttpServer.Reply(200, Map.of("Content-Type", JSON_TYPE),
                        "{\"access_token\":\"tok-" + tokens.incrementAndGet() + "\",\"expires_in\":7200}");
            }
            return new FakeHttpServer.Reply(200, Map.of("Content-Type", JSON_TYPE), send.apply(r.query().get("access_token")));
        });
        return tokens;
    }

    @Test
    void fetchesTheStableTokenOnceThenSendsTheDocumentedBody() throws Exception {
        AtomicInteger tokens = serve(token -> "{\"errcode\":0,\"errmsg\":\"ok\",\"msgid\":42}");
        assertEquals(WeChatSubscribeClient.Outcome.SENT, client.send("wxapp1", "secret1", message()).outcome());
        assertEquals(WeChatSubscribeClient.Outcome.SENT, client.send("wxapp1", "secret1", message()).outcome());
        assertEquals(1, tokens.get(), "the token is cached");

        FakeHttpServer.Request tokenRequest = wx.requests().get(0);
        assertEquals("POST", tokenRequest.method());
        JsonNode t = JSON.readTree(tokenRequest.body());
        assertEquals("client_credential", t.path("grant_type").asText());
        assertEquals("wxapp1", t.path("appid").asText());
        assertEquals("secret1", t.path("secret").asText());
        assertEquals(false, t.path("force_refresh").asBoolean(true));

        FakeHttpServer.Request send = wx.requests().get(1);
        assertEquals("/cgi-bin/message/subscribe/send", send.path());
        assertEquals("tok-1", send.query().get("access_token"));
        JsonNode b = JSON.readTree(send.body());
        assertEquals("openid-1", b.path("touser").asText());
        assertEquals("tmpl-1", b.path("template_id").asText());
        assertEquals("pages/order/detail?id=1", b.path("page").asText());
        assertEquals("formal", b.path("miniprogram_state").asText());
        assertEquals("zh_CN", b.path("lang").asText());
        assertEquals("HS1", b.path("data").path("character_string1").path("value").asText());
        assertEquals("日常保洁", b.path("data").path("thing2").path("value").asText());
    }

    @Test
    void aTokenIsFetchedAgainWhenItExpires() {
        AtomicInteger tokens = serve(token -> "{\"errcode\":0}");
        client.send("wxapp2", "s", message());
        clock.now = clock.now.plus(Duration.ofMinutes(119).plusSeconds(30)); // less than a minute left
        client.send("wxapp2", "s", message());
        assertEquals(2, tokens.get());
    }

    @Test
    void errcode40001RefreshesTheTokenAndSendsAgainOnce() {
        AtomicReference<String> firstToken = new AtomicReference<>();
        AtomicInteger tokens = serve(token -> {
            if (firstToken.compareAndSet(null, token) || token.equals(firstToken.get())) {
                return "{\"errcode\":40001,\"errmsg\":\"invalid credential, access_token is invalid or not latest\"}";
            }
            return "{\"errcode\":0,\"errmsg\":\"ok\"}";
        });
        assertEquals(WeChatSubscribeClient.Outcome.SENT, client.send("wxapp3", "s", message()).outcome());
        assertEquals(2, tokens.get());
        assertEquals("tok-2", wx.requests().get(3).query().get("access_token"));
    }

    @Test
    void notSubscribedIsFinalAndBadDataIsRejected() {
        serve(token -> "{\"errcode\":43101,\"errmsg\":\"user refuse to accept the msg\"}");
        WeChatSubscribeClient.Result r = client.send("wxapp4", "s", message());
        assertEquals(WeChatSubscribeClient.Outcome.NOT_SUBSCRIBED, r.outcome());
        serve(token -> "{\"errcode\":47003,\"errmsg\":\"argument invalid! data.thing2.value\"}");
        assertEquals(WeChatSubscribeClient.Outcome.REJECTED, client.send("wxapp4", "s", message()).outcome());
        serve(token -> "{\"errcode\":-1,\"errmsg\":\"system error\"}");
        assertEquals(WeChatSubscribeClient.Outcome.RETRY, client.send("wxapp4", "s", message()).outcome());
    }

    @Test
    void noTokenMeansTryLater() {
        wx.answer(200, JSON_TYPE, "{\"errcode\":40125,\"errmsg\":\"invalid appsecret\"}");
        WeChatSubscribeClient.Result r = client.send("wxapp5", "wrong", message());
        assertEquals(WeChatSubscribeClient.Outcome.RETRY, r.outcome());
        assertNull(wx.requests().stream().filter(q -> q.path().contains("subscribe")).findAny().orElse(null));
    }
}
