package io.hearth.platform.chat;

import io.hearth.platform.shared.security.Roles;
import io.hearth.platform.shared.tenancy.TenantScoped;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** An order's customer–worker conversation, read only, for staff handling a complaint. */
@Path("/api/tenant/orders/{orderId}/conversation")
@RolesAllowed({ Roles.OWNER, Roles.CUSTOMER_SERVICE, Roles.DISPATCHER })
@TenantScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Tenant: support chat")
public class StaffOrderChatResource {

    @Inject
    ChatService chat;

    @Inject
    JsonWebToken token;

    @GET
    @Path("/messages")
    @Operation(summary = "The order's conversation (empty when the order never had a worker); paging as for customers")
    public ChatDto.MessagePage messages(@PathParam("orderId") UUID orderId, @QueryParam("beforeSeq") @Min(1) Long beforeSeq,
            @QueryParam("afterSeq") @Min(0) Long afterSeq,
            @QueryParam("limit") @DefaultValue("30") @Min(1) @Max(ChatMessages.MAX_PAGE) int limit) {
        return chat.orderMessages(Participant.staff(token.getSubject()), orderId, beforeSeq, afterSeq,
                limit);
    }
}
