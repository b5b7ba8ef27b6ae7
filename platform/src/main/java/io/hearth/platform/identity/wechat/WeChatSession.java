package io.hearth.platform.identity.wechat;

/**
 * Who signed in through a mini program, as {@code jscode2session} answered.
 *
 * @param unionid null unless the mini program is bound to a WeChat Open Platform account
 * @param sessionKey the key to decrypt the user's data from {@code wx.getUserInfo} and the like; a secret
 */
public record WeChatSession(String openid, String unionid, String sessionKey) {

    /** Leaves out the session key so that logging a session never leaks it. */
    @Override
    public String toString() {
        return "WeChatSession[openid=" + openid + ", unionid=" + unionid + ", sessionKey=***]";
    }
}
