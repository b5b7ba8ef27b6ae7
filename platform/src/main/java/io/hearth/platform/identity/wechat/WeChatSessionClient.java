package io.hearth.platform.identity.wechat;

import com.fasterxml.jackson.databind.JsonNode;
import io.hearth.platform.shared.http.NoAnswerException;
import io.hearth.platform.shared.http.ThirdPartyAnswer;
import io.hearth.platform.shared.http.ThirdPartyHttp;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.net.URI;
import java.net.URLEncoder;
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

    private final String apiBaseUrl;
    private final ThirdPartyHttp http;

    @Inject
    public WeChatSessionClient(WeChatConfig config) {
        this(config.apiBaseUrl(), config.connectTimeout(), config.readTimeout());
    }

    public WeChatSessionClient(URI apiBaseUrl, Duration connectTimeout, Duration readTimeout) {
        String base = apiBaseUrl.toString();
        this.apiBaseUrl = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
        this.http = new ThirdPartyHttp(connectTimeout, readTimeout);
    }

    /**
     * @throws WeChatLoginException when WeChat gives no session; see {@link WeChatLoginException#toApiException()}
     */
    public WeChatSession code2Session(String appId, String appSecret, String jsCode) {
        URI uri = URI.create(apiBaseUrl + "/sns/jscode2session"
                + "?appid=" + encode(required(appId, "appId"))
                + "&secret=" + encode(required(appSecret, "appSecret"))
                + "&js_code=" + encode(required(jsCode, "jsCode"))
                + "&grant_type=authorization_code");
        try {
            return session(appId, http.get(uri));
        } catch (NoAnswerException e) {
            throw failure(appId, new WeChatLoginException(null, "WeChat gave no answer: " + e.getMessage(), true, e));
        }
    }

    private static WeChatSession session(String appId, ThirdPartyAnswer answer) {
        JsonNode json = answer.jsonObject().orElseThrow(() -> failure(appId, new WeChatLoginException(null,
                "unreadable answer (" + answer.describe() + ", not a JSON object)", answer.serverError(), null)));
        int errcode = json.path("errcode").asInt(0);
        if (errcode != 0) {
            throw failure(appId, WeChatLoginException.of(errcode, json.path("errmsg").asText("")));
        }
        String openid = json.path("openid").asText(null);
        String sessionKey = json.path("session_key").asText(null);
        if (openid == null || sessionKey == null) {
            throw failure(appId, new WeChatLoginException(null, "answer without openid or session_key ("
                    + answer.describe() + ")", answer.serverError(), null));
        }
        return new WeChatSession(openid, json.path("unionid").asText(null), sessionKey);
    }

    /**
     * Failures the mini-program user caused (a stale code, a blocked account) are theirs to see; the rest (a
     * wrong secret, WeChat down) become a bare 503 for the caller, so they are logged here for us.
     */
    private static WeChatLoginException failure(String appId, WeChatLoginException e) {
        if (!e.codeRejected() && !e.userBlocked()) {
            LOG.warnf("WeChat login for mini program %s failed: %s", appId, e.getMessage());
        }
        return e;
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
