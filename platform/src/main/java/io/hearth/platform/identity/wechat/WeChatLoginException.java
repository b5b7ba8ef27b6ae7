package io.hearth.platform.identity.wechat;

import io.hearth.platform.shared.web.ApiException;

/**
 * {@code jscode2session} did not give a session. {@link #errcode()} is WeChat's code, null when WeChat gave no
 * usable answer (timeout, unreachable, unreadable body).
 */
public class WeChatLoginException extends RuntimeException {

    public static final int SYSTEM_BUSY = -1;
    public static final int INVALID_CODE = 40029;
    public static final int CODE_ALREADY_USED = 40163;
    public static final int RATE_LIMITED = 45011;
    public static final int HIGH_RISK_USER = 40226;

    private final Integer errcode;
    private final String errmsg;
    private final boolean retryable;

    public WeChatLoginException(Integer errcode, String errmsg, boolean retryable, Throwable cause) {
        super(errcode == null ? "WeChat code2Session failed: " + errmsg
                : "WeChat code2Session failed: errcode " + errcode + " (" + errmsg + ")", cause);
        this.errcode = errcode;
        this.errmsg = errmsg;
        this.retryable = retryable;
    }

    /** The exception for an answer carrying a non-zero {@code errcode}. */
    public static WeChatLoginException of(int errcode, String errmsg) {
        return new WeChatLoginException(errcode, errmsg, errcode == RATE_LIMITED || errcode == SYSTEM_BUSY, null);
    }

    public Integer errcode() {
        return errcode;
    }

    public String errmsg() {
        return errmsg;
    }

    /** Whether the same call may succeed a little later (WeChat busy or rate limiting, no answer). */
    public boolean retryable() {
        return retryable;
    }

    /** Whether the mini program can fix it by calling {@code wx.login} again for a fresh code. */
    public boolean codeRejected() {
        return errcode != null && (errcode == INVALID_CODE || errcode == CODE_ALREADY_USED);
    }

    /** Whether WeChat rates the user as high risk and refuses them sign-in through mini programs. */
    public boolean userBlocked() {
        return errcode != null && errcode == HIGH_RISK_USER;
    }

    /**
     * What the caller of our API is told: a rejected code is 422 (get a new one), a user WeChat blocks as high
     * risk is 422 too, with its own message; everything else (WeChat busy, our app id or secret refused, no
     * usable answer) is 503, since the caller can only try again later.
     */
    public ApiException toApiException() {
        if (codeRejected()) {
            return ApiException.unprocessable("wechat-code-invalid");
        }
        if (userBlocked()) {
            return ApiException.unprocessable("wechat-login-blocked");
        }
        return new ApiException(503, "wechat-unavailable");
    }
}
