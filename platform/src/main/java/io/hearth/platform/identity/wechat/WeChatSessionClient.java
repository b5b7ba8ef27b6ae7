package io.hearth.platform.identity.wechat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.jboss.logging.Logger;

/**
 * Calls WeChat's mini-program login API, {@code auth.code2Session}:
 * {@code GET /sns/jscode2session?appid=&secret=&js_code=&grant_type=authorization_code}
 * (<a href="https://developers.weixin.qq.com/miniprogram/dev/OpenApiDoc/user-login/code2Session.html">小程序登录
 * code2Session</a>). The app id and secret are per mini program, so per tenant, and passed on each call.
 * <p>
 * WeChat answers JSON, often labelled {@code text/plain}: {@code openid}, {@code session_key} and, when the mini
 * program is bound to an Open Platform account, {@code unionid}; or a non-zero {@code errcode} with
 * {@code errmsg}. The secret is in the request URL and the session key in the answer, so neither the URL nor
 * the body is ever logged or put into an exception.
 */
@Singleton
public class WeChatSessionClient {

    private static final Logger LOG = Logger.getLogger(WeChatSessionClient.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String apiBaseUrl;
    private final Duration readTimeout;
    private final HttpClient http;

    @Inject
    public WeChatSessionClient(WeChatConfig config) {
        this(config.apiBaseUrl(), config.connectTimeout(), config.readTimeout());
    }

    public WeChatSessionClient(URI apiBaseUrl, Duration connectTimeout, Duration readTimeout) {
        String base = apiBaseUrl.toString();
        this.apiBaseUrl = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
        this.readTimeout = readTimeout;
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(connectTimeout)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /**
     * @throws WeChatLoginException when WeChat gives no session; see {@link WeChatLoginException#toApiException()}
     */
    public WeChatSession code2Session(String appId, String appSecret, String jsCode) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(apiBaseUrl + "/sns/jscode2session"
                        + "?appid=" + encode(required(appId, "appId"))
                        + "&secret=" + encode(required(appSecret, "appSecret"))
                        + "&js_code=" + encode(required(jsCode, "jsCode"))
                        + "&grant_type=authorization_code"))
                .timeout(readTimeout)
                .GET()
                .build();
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (HttpTimeoutException e) {
            throw failure(appId, new WeChatLoginException(null, "no answer in time (" + e.getMessage() + ")", true, e));
        } catch (IOException e) {
            throw failure(appId, new WeChatLoginException(null, "WeChat could not be reached: " + e, true, e));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new WeChatLoginException(null, "interrupted while calling WeChat", true, e);
        }
        return session(appId, response);
    }

    private static WeChatSession session(String appId, HttpResponse<String> response) {
        JsonNode answer = readJson(response.body());
        if (answer == null) {
            throw failure(appId, new WeChatLoginException(null, "unreadable answer (HTTP " + response.statusCode()
                    + ", " + response.headers().firstValue("Content-Type").orElse("no content type") + ", "
                    + response.body().length() + " characters, not a JSON object)", response.statusCode() >= 500, null));
        }
        int errcode = answer.path("errcode").asInt(0);
        if (errcode != 0) {
            throw failure(appId, WeChatLoginException.of(errcode, answer.path("errmsg").asText("")));
        }
        String openid = answer.path("openid").asText(null);
        String sessionKey = answer.path("session_key").asText(null);
        if (openid == null || sessionKey == null) {
            throw failure(appId, new WeChatLoginException(null, "answer without openid or session_key (HTTP "
                    + response.statusCode() + ")", response.statusCode() >= 500, null));
        }
        return new WeChatSession(openid, answer.path("unionid").asText(null), sessionKey);
    }

    /**
     * Failures the mini-program user caused (a stale code, a blocked account) are theirs to see; the rest (a
     * wrong secret, WeChat down) become a bare 503 for the caller, so they are logged here for us.
     */
    private static WeChatLoginException failure(String appId, WeChatLoginException e) {
        if (!e.codeRejected() && !Integer.valueOf(WeChatLoginException.HIGH_RISK_USER).equals(e.errcode())) {
            LOG.warnf("WeChat login for mini program %s failed: %s", appId, e.getMessage());
        }
        return e;
    }

    private static JsonNode readJson(String body) {
        try {
            JsonNode node = JSON.readTree(body);
            return node != null && node.isObject() ? node : null;
        } catch (JsonProcessingException e) {
            return null;
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String required(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " is required");
        }
        return value;
    }
}
