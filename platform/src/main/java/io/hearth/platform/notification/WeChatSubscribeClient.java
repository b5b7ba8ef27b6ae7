package io.hearth.platform.notification;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.hearth.platform.identity.wechat.WeChatConfig;
import io.hearth.platform.shared.http.NoAnswerException;
import io.hearth.platform.shared.http.ThirdPartyAnswer;
import io.hearth.platform.shared.http.ThirdPartyHttp;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Sends WeChat mini-program subscribe messages ({@code subscribeMessage.send}:
 * {@code POST /cgi-bin/message/subscribe/send?access_token=} with touser, template_id, page, miniprogram_state, lang
 * and data {key: {value}}). The access token comes from {@code getStableAccessToken} ({@code POST
 * /cgi-bin/stable_token}, JSON grant_type/appid/secret, force_refresh false: it does not invalidate the token other
 * replicas hold), cached per app id until shortly before {@code expires_in}, and fetched again once when WeChat
 * says it is invalid or expired (40001, 42001, 40014). 43101 (the user did not subscribe, or unsubscribed) is
 * {@link Outcome#NOT_SUBSCRIBED}: final, not retried. Neither the secret nor the token is ever logged.
 */
@Singleton
public class WeChatSubscribeClient {

    public enum Outcome {
        SENT,
        /** 43101: the user has no subscription for the template. */
        NOT_SUBSCRIBED,
        /** No answer, a busy or throttled WeChat, or no token: worth trying later. */
        RETRY,
        /** WeChat refuses the message itself (bad openid, template, data or page): trying again would not help. */
        REJECTED
    }

    public record Result(Outcome outcome, String detail) {
    }

    public record Message(String touser, String templateId, String page, String miniprogramState, String lang,
            Map<String, String> data) {
    }

    private record Token(String value, Instant refreshAfter) {
    }

    private static final Set<Integer> TOKEN_INVALID = Set.of(40001, 42001, 40014);
    private static final Set<Integer> REJECTIONS = Set.of(40003, 40037, 47003, 41030);
    private static final Duration EARLY = Duration.ofMinutes(1);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String apiBaseUrl;
    private final ThirdPartyHttp http;
    private final Clock clock;
    private final Map<String, Token> tokens = new ConcurrentHashMap<>();

    @Inject
    public WeChatSubscribeClient(WeChatConfig config, Clock clock) {
        this(config.apiBaseUrl(), config.connectTimeout(), config.readTimeout(), clock);
    }

    public WeChatSubscribeClient(URI apiBaseUrl, Duration connectTimeout, Duration readTimeout, Clock clock) {
        String base = apiBaseUrl.toString();
        this.apiBaseUrl = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
        this.http = new ThirdPartyHttp(connectTimeout, readTimeout);
        this.clock = clock;
    }

    public Result send(String appId, String appSecret, Message message) {
        String body = body(message);
        for (int attempt = 1;; attempt++) {
            String token;
            try {
                token = accessToken(appId, appSecret);
            } catch (TokenException e) {
                return new Result(Outcome.RETRY, e.getMessage());
            }
            ThirdPartyAnswer answer;
            try {
                answer = http.post(URI.create(apiBaseUrl + "/cgi-bin/message/subscribe/send?access_token="
                        + URLEncoder.encode(token, StandardCharsets.UTF_8)), Map.of("Content-Type", "application/json"), body);
            } catch (NoAnswerException e) {
                return new Result(Outcome.RETRY, "WeChat gave no answer: " + e.getMessage());
            }
            JsonNode json = answer.jsonObject().orElse(null);
            if (json == null) {
                return new Result(Outcome.RETRY, "unreadable answer (" + answer.describe() + ")");
            }
            int errcode = json.path("errcode").asInt(0);
            String errmsg = json.path("errmsg").asText("");
            if (errcode == 0) {
                return new Result(Outcome.SENT, json.path("msgid").asText(null));
            }
            if (TOKEN_INVALID.contains(errcode)) {
                tokens.remove(appId);
                if (attempt == 1) {
                    continue;
                }
                return new Result(Outcome.RETRY, "access token refused twice: " + errcode);
            }
            String detail = "errcode " + errcode + ": " + errmsg;
            if (errcode == 43101) {
                return new Result(Outcome.NOT_SUBSCRIBED, detail);
            }
            return new Result(REJECTIONS.contains(errcode) ? Outcome.REJECTED : Outcome.RETRY, detail);
        }
    }

    /** The cached token of the mini program, fetched when missing or about to expire. */
    String accessToken(String appId, String appSecret) {
        Instant now = clock.instant();
        Token cached = tokens.get(appId);
        if (cached != null && now.isBefore(cached.refreshAfter())) {
            return cached.value();
        }
        ObjectNode request = JSON.createObjectNode().put("grant_type", "client_credential").put("appid", appId)
                .put("secret", appSecret).put("force_refresh", false);
        ThirdPartyAnswer answer;
        try {
            answer = http.post(URI.create(apiBaseUrl + "/cgi-bin/stable_token"), Map.of("Content-Type", "application/json"),
                    request.toString());
        } catch (NoAnswerException e) {
            throw new TokenException("no access token: WeChat gave no answer (" + e.getMessage() + ")");
        }
        JsonNode json = answer.jsonObject()
                .orElseThrow(() -> new TokenException("no access token: unreadable answer (" + answer.describe() + ")"));
        String value = json.path("access_token").asText(null);
        if (value == null || json.path("errcode").asInt(0) != 0) {
            throw new TokenException("no access token: errcode " + json.path("errcode").asInt(0) + " "
                    + json.path("errmsg").asText(""));
        }
        long expiresIn = json.path("expires_in").asLong(7200);
        tokens.put(appId, new Token(value, now.plusSeconds(expiresIn).minus(EARLY)));
        return value;
    }

    private static String body(Message m) {
        ObjectNode body = JSON.createObjectNode().put("touser", m.touser()).put("template_id", m.templateId());
        if (m.page() != null && !m.page().isBlank()) {
            body.put("page", m.page());
        }
        body.put("miniprogram_state", m.miniprogramState());
        body.put("lang", m.lang());
        ObjectNode data = body.putObject("data");
        m.data().forEach((key, value) -> data.putObject(key).put("value", value));
        return body.toString();
    }

    static final class TokenException extends RuntimeException {
        TokenException(String message) {
            super(message);
        }
    }
}
