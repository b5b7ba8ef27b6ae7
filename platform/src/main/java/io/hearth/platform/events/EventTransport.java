package io.hearth.platform.events;

import java.util.concurrent.CompletionStage;

/**
 * Where {@link OutboxRelay} publishes. Chosen at build time by {@code hearth.events.transport} (Quarkus wires
 * messaging channels at build time): {@code in-process} (default; {@link InProcessTransport}) or {@code rabbitmq}
 * ({@link RabbitMqTransport}). The stage completes when the channel acknowledged the message.
 */
public interface EventTransport {

    CompletionStage<Void> publish(EventEnvelope event, String json);
}
