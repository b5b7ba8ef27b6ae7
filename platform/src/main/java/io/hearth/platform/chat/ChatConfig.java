package io.hearth.platform.chat;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Chat limits ({@code hearth.chat.*}). */
@ConfigMapping(prefix = "hearth.chat")
public interface ChatConfig {

    /** An order's conversation stays writable this many days after the order completed or was cancelled. */
    @WithDefault("7")
    int writableDaysAfterClose();

    /** Messages one sender may send per minute, across conversations; more answer 429. */
    @WithDefault("30")
    int messagesPerMinute();
}
