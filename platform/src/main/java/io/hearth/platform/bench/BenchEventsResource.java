package io.hearth.platform.bench;

import io.hearth.platform.events.Outbox;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Emits {@code count} {@code bench.ping} events (for {@link BenchSinkConsumer}) through the outbox in one
 * transaction, as a feature's change would: the benchmark's outbox scenario drives the events backbone through
 * this (bench/README.md, scenario 7). 404 unless {@code hearth.bench.enabled}.
 */
@Path("/api/bench/events")
@PermitAll
public class BenchEventsResource {

    @ConfigProperty(name = "hearth.bench.enabled", defaultValue = "false")
    boolean enabled;

    @Inject
    Outbox outbox;

    @POST
    @Transactional
    @Operation(hidden = true)
    public void emit(@QueryParam("count") @DefaultValue("1") int count, @QueryParam("run") @DefaultValue("bench") String run) {
        if (!enabled) {
            throw new NotFoundException();
        }
        if (count < 1 || count > 10_000) {
            throw new jakarta.ws.rs.BadRequestException("count must be 1..10000");
        }
        for (int i = 0; i < count; i++) {
            outbox.emit((java.util.UUID) null, BenchSinkConsumer.TYPE, "bench", run, Map.of("n", i));
        }
    }
}
