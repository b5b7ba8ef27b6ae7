package io.hearth.platform.events;

import io.quarkus.arc.properties.IfBuildProperty;
import io.smallrye.reactive.messaging.annotations.Blocking;
import io.smallrye.reactive.messaging.rabbitmq.OutgoingRabbitMQMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import io.vertx.core.json.JsonObject;
import jakarta.inject.Inject;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.Metadata;

/**
 * RabbitMQ (smallrye-rabbitmq): {@code hearth-events-out} publishes to the durable topic exchange (routing key =
 * event type, persistent messages, publisher confirms complete the stage); {@code hearth-events-in} consumes the
 * durable queue of this consumer group (every replica shares it, so each message reaches one replica) and acks
 * after {@link EventDispatcher} has run. Redeliveries are harmless: consumers are idempotent on the event id.
 * Channel settings: {@code mp.messaging.*.hearth-events-*} (application.properties, %prod).
 */
@ApplicationScoped
@IfBuildProperty(name = "hearth.events.transport", stringValue = "rabbitmq")
public class RabbitMqTransport implements EventTransport {

    @Inject
    @Channel("hearth-events-out")
    Emitter<String> emitter;

    @Inject
    EventCodec codec;

    @Inject
    EventDispatcher dispatcher;

    @Override
    public CompletionStage<Void> publish(EventEnvelope event, String json) {
        CompletableFuture<Void> acked = new CompletableFuture<>();
        OutgoingRabbitMQMetadata metadata = OutgoingRabbitMQMetadata.builder()
                .withRoutingKey(event.type())
                .withMessageId(event.id().toString())
                .withContentType("application/json")
                .withDeliveryMode(2) // persistent
                .build();
        emitter.send(Message.of(json, Metadata.of(metadata), () -> {
            acked.complete(null);
            return CompletableFuture.completedFuture(null);
        }, failure -> {
            acked.completeExceptionally(failure);
            return CompletableFuture.completedFuture(null);
        }));
        return acked;
    }

    /** The connector hands application/json bodies over as a Vert.x JsonObject. */
    @Incoming("hearth-events-in")
    @Blocking(ordered = true)
    void receive(JsonObject json) {
        dispatcher.deliver(codec.decode(json.encode()));
    }
}
