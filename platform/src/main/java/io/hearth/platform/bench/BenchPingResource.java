package io.hearth.platform.bench;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * A constant answer through the same HTTP, security and JSON stack as every API call: the benchmark's
 * baseline for what the framework itself can serve on this machine (bench/README.md, scenario 1). When
 * {@code hearth.bench.enabled} is not set (the default, production) it answers 404 like any unknown path.
 */
@Path("/api/bench/ping")
@PermitAll
public class BenchPingResource {

    public record Pong(String status) {
    }

    static final Pong PONG = new Pong("ok");

    @ConfigProperty(name = "hearth.bench.enabled", defaultValue = "false")
    boolean enabled;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(hidden = true)
    public Pong ping() {
        if (!enabled) {
            throw new NotFoundException();
        }
        return PONG;
    }
}
