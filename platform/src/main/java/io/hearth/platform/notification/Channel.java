package io.hearth.platform.notification;

/** Where a notification goes: the in-app inbox (stored at once), a text message, or a WeChat subscribe message. */
public enum Channel {
    IN_APP, SMS, WECHAT;

    /** Path segments and JSON use the enum names; lower case is accepted too. */
    public static Channel parse(String raw) {
        for (Channel c : values()) {
            if (c.name().equalsIgnoreCase(raw == null ? "" : raw.replace('-', '_'))) {
                return c;
            }
        }
        throw io.hearth.platform.shared.web.ApiException.unprocessable("notification-channel-unknown", raw);
    }
}
