package io.hearth.platform.events;

import io.quarkus.arc.properties.UnlessBuildProperty;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * In-process channel {@code hearth-events}: the relay's emitter feeds this instance's {@link EventDispatcher}.
 * The message is acknowledged once every consumer has run (or recorded its failure), so "published" means
 * "handed to the consumers". Single-instance deployments, dev and tests.
 */
@ApplicationScoped
@UnlessBuildProperty(name = "hearth.events.transport", stringValue = "rabbitmq", enableIfMissing = true)
public class InProcessTransport implements EventTransport {

    @Inject
    @Channel("hearth-events")
    Emitter<String> emitter;

    @Inject
    EventCodec codec;

    @Inject
    EventDispatcher dispatcher;

    @Override
    public CompletionStage<Void> publish(EventEnvelope event, String json) {
        return emitter.send(json);
    }

    @Incoming("hearth-events")
    @Blocking(ordered = true)
    void receive(String json) {
        dispatcher.deliver(codec.decode(json));
    }
}
