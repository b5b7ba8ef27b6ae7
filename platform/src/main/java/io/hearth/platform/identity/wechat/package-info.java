/**
 * Signing in from a WeChat mini program: exchanging the {@code wx.login} code for the user's openid (and
 * unionid) with {@link io.hearth.platform.identity.wechat.WeChatSessionClient}.
 */
package io.hearth.platform.identity.wechat;
