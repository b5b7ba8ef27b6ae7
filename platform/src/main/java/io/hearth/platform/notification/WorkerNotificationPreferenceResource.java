package io.hearth.platform.notification;

import io.hearth.platform.shared.tenancy.TenantScoped;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The signed-in worker's notification choices by event × channel. */
@Path("/api/worker/me/notification-preferences")
@RolesAllowed("worker")
@TenantScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Worker: notifications")
public class WorkerNotificationPreferenceResource {

    @Inject
    Preferences preferences;

    @Inject
    JsonWebToken token;

    private UUID me() {
        return UUID.fromString(token.getSubject());
    }

    @GET
    public List<NotificationDto.Preference> get() {
        return preferences.of(RecipientKind.WORKER, me());
    }

    @PUT
    @Operation(summary = "Turn channels of events on or off; in-app cancellation and refund notices cannot be turned off")
    public List<NotificationDto.Preference> change(@NotNull @Valid NotificationDto.PreferenceInput in) {
        return preferences.change(RecipientKind.WORKER, me(), in);
    }
}
