package io.hearth.platform.payment.wechat;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.net.URI;
import java.time.Duration;

/** {@code hearth.payment.wechat.*}: where WeChat Pay is and how long to wait for it. Credentials are per tenant. */
@ConfigMapping(prefix = "hearth.payment.wechat")
public interface WeChatPayConfig {

    @WithDefault("https://api.mch.weixin.qq.com")
    URI apiBaseUrl();

    @WithDefault("2s")
    Duration connectTimeout();

    @WithDefault("5s")
    Duration readTimeout();
}
