package io.hearth.platform.identity.wechat;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.net.URI;
import java.time.Duration;

/** {@code hearth.wechat.*}: where the WeChat server API is and how long to wait for it (see application.properties). */
@ConfigMapping(prefix = "hearth.wechat")
public interface WeChatConfig {

    @WithDefault("https://api.weixin.qq.com")
    URI apiBaseUrl();

    @WithDefault("2s")
    Duration connectTimeout();

    /** How long to wait for WeChat's answer once connected. */
    @WithDefault("5s")
    Duration readTimeout();
}
