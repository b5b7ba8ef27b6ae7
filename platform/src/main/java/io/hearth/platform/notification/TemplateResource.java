package io.hearth.platform.notification;

import io.hearth.platform.shared.security.Roles;
import io.hearth.platform.shared.tenancy.TenantScoped;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The tenant's notification templates: owners and marketing edit; customer service reads. */
@Path("/api/tenant/notification-templates")
@TenantScoped
@RolesAllowed({ Roles.OWNER, Roles.MARKETING, Roles.CUSTOMER_SERVICE })
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Tenant: notification templates")
public class TemplateResource {

    @Inject
    Templates templates;

    @Inject
    JsonWebToken token;

    @GET
    @Operation(summary = "Every event × channel × locale, the tenant's template or the built-in one")
    public List<NotificationDto.Template> list() {
        return templates.list();
    }

    @GET
    @Path("/{event}/{channel}/{locale}")
    public NotificationDto.Template get(@PathParam("event") String event, @PathParam("channel") String channel,
            @PathParam("locale") String locale) {
        return templates.get(NotificationEvent.parse(event), Channel.parse(channel), locale);
    }

    @PUT
    @Path("/{event}/{channel}/{locale}")
    @RolesAllowed({ Roles.OWNER, Roles.MARKETING })
    @Operation(summary = "Save the tenant's template (placeholders from the event's whitelist only)")
    public NotificationDto.Template put(@PathParam("event") String event, @PathParam("channel") String channel,
            @PathParam("locale") String locale, TemplateContent in) {
        String by = token.getClaim("preferred_username");
        return templates.put(NotificationEvent.parse(event), Channel.parse(channel), locale, in,
                by == null ? token.getSubject() : by);
    }

    @DELETE
    @Path("/{event}/{channel}/{locale}")
    @RolesAllowed({ Roles.OWNER, Roles.MARKETING })
    @Operation(summary = "Back to the built-in template")
    public NotificationDto.Template reset(@PathParam("event") String event, @PathParam("channel") String channel,
            @PathParam("locale") String locale) {
        return templates.reset(NotificationEvent.parse(event), Channel.parse(channel), locale);
    }

    @POST
    @Path("/{event}/{channel}/{locale}/preview")
    @Operation(summary = "Render the sent template (or the effective one when no body is sent) with sample data")
    public NotificationDto.Preview preview(@PathParam("event") String event, @PathParam("channel") String channel,
            @PathParam("locale") String locale, TemplateContent in) {
        return templates.preview(NotificationEvent.parse(event), Channel.parse(channel), locale, in);
    }
}
