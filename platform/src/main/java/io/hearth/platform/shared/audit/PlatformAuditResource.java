package io.hearth.platform.shared.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.hearth.platform.shared.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/platform/audit")
@RolesAllowed(Roles.PLATFORM_ADMIN)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Platform: audit log")
public class PlatformAuditResource {

    public record Entry(long id, Instant at, String actorSub, String actorName, String action, String targetType,
            String targetId, JsonNode before, JsonNode after) {
    }

    /** {@code nextBefore}: pass it as {@code before} to get the next (older) page; null at the end. */
    public record Page(List<Entry> items, Long nextBefore) {
    }

    @Inject
    PlatformAuditLog log;

    @Inject
    ObjectMapper json;

    @GET
    @Operation(summary = "Super-admin actions, newest first (keyset pagination)")
    public Page search(@QueryParam("targetType") String targetType, @QueryParam("targetId") String targetId,
            @QueryParam("action") String action, @QueryParam("actor") String actor,
            @QueryParam("before") @Min(1) Long before,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(200) int limit) {
        List<Entry> items = log.search(new PlatformAuditLog.Query(targetType, targetId, action, actor, before, limit))
                .stream().map(this::entry).toList();
        Long next = items.size() == limit ? items.get(items.size() - 1).id() : null;
        return new Page(items, next);
    }

    private Entry entry(PlatformAuditEntry e) {
        return new Entry(e.id, e.at, e.actorSub, e.actorName, e.action, e.targetType, e.targetId, tree(e.before),
                tree(e.after));
    }

    private JsonNode tree(String value) {
        try {
            return value == null ? null : json.readTree(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
