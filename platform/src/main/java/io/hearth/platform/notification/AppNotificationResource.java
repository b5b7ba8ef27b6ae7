package io.hearth.platform.notification;

import io.hearth.platform.shared.tenancy.TenantScoped;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The signed-in customer's in-app notifications: newest first, unread count, mark read. */
@Path("/api/app/notifications")
@RolesAllowed("customer")
@TenantScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "App: notifications")
public class AppNotificationResource {

    @Inject
    Inbox inbox;

    @Inject
    JsonWebToken token;

    private UUID me() {
        return UUID.fromString(token.getSubject());
    }

    @GET
    @Operation(summary = "Newest first; pass the previous page's nextBefore as before")
    public NotificationDto.Page list(@QueryParam("unread") @DefaultValue("false") boolean unread,
            @QueryParam("limit") @DefaultValue("20") int limit, @QueryParam("before") UUID before) {
        return inbox.list(RecipientKind.CUSTOMER, me(), unread, before, limit);
    }

    @GET
    @Path("/unread-count")
    public NotificationDto.UnreadCount unreadCount() {
        return inbox.unread(RecipientKind.CUSTOMER, me());
    }

    @POST
    @Path("/{id}/read")
    public NotificationDto.Item read(@PathParam("id") UUID id) {
        return inbox.markRead(RecipientKind.CUSTOMER, me(), id);
    }

    @POST
    @Path("/read-all")
    public NotificationDto.UnreadCount readAll() {
        return inbox.markAllRead(RecipientKind.CUSTOMER, me());
    }
}
