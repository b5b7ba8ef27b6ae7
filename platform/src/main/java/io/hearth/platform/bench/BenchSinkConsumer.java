package io.hearth.platform.bench;

import io.hearth.platform.events.EventConsumer;
import io.hearth.platform.events.EventEnvelope;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Takes {@code bench.ping} events and does nothing with them, so the benchmark's outbox scenario (bench/README.md,
 * scenario 7) measures the events backbone itself: outbox row → relay → transport → dispatcher → consumption
 * row. Accepts nothing unless {@code hearth.bench.enabled} is set.
 */
@ApplicationScoped
public class BenchSinkConsumer implements EventConsumer {

    static final String TYPE = "bench.ping";

    @ConfigProperty(name = "hearth.bench.enabled", defaultValue = "false")
    boolean enabled;

    @Override
    public String name() {
        return "bench_sink";
    }

    @Override
    public boolean accepts(String type) {
        return enabled && TYPE.equals(type);
    }

    @Override
    public void handle(EventEnvelope event) {
        // the consumption row the dispatcher writes is the measurement
    }
}
