package io.hearth.platform.events;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Builds the app with {@code hearth.events.transport=rabbitmq} against the local broker (127.0.0.1:5672,
 * guest/guest), on an exchange and queue unique to this JVM run so that runs never see each other's messages.
 */
public class RabbitMqTransportProfile implements QuarkusTestProfile {

    /** Shared by every profile instance of this JVM (system properties outlive Quarkus' class loaders). */
    static String runId() {
        synchronized (System.class) {
            String id = System.getProperty("hearth.test.events.run");
            if (id == null) {
                id = UUID.randomUUID().toString().substring(0, 8);
                System.setProperty("hearth.test.events.run", id);
            }
            return id;
        }
    }

    @Override
    public Map<String, String> getConfigOverrides() {
        String run = runId();
        Map<String, String> c = new HashMap<>();
        c.put("hearth.events.transport", "rabbitmq");
        c.put("hearth.events.rabbitmq.exchange", "hearth.events.test-" + run);
        c.put("hearth.events.rabbitmq.queue", "hearth.events.test-" + run + ".platform");
        String out = "mp.messaging.outgoing.hearth-events-out.";
        c.put(out + "connector", "smallrye-rabbitmq");
        c.put(out + "exchange.name", "${hearth.events.rabbitmq.exchange}");
        c.put(out + "exchange.type", "topic");
        c.put(out + "exchange.durable", "true");
        c.put(out + "publish-confirms", "true");
        String in = "mp.messaging.incoming.hearth-events-in.";
        c.put(in + "connector", "smallrye-rabbitmq");
        c.put(in + "exchange.name", "${hearth.events.rabbitmq.exchange}");
        c.put(in + "exchange.type", "topic");
        c.put(in + "exchange.durable", "true");
        c.put(in + "queue.name", "${hearth.events.rabbitmq.queue}");
        c.put(in + "queue.durable", "true");
        c.put(in + "routing-keys", "#");
        c.put(in + "failure-strategy", "requeue");
        return c;
    }
}
