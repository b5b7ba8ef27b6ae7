package io.hearth.platform.chat;

import io.hearth.platform.shared.security.Roles;
import io.hearth.platform.shared.tenancy.TenantScoped;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The support inbox of the tenant's customer service (owner, customer-service). Staff share one read mark per
 * conversation: what one agent has read is read for the team.
 */
@Path("/api/tenant/support")
@RolesAllowed({ Roles.OWNER, Roles.CUSTOMER_SERVICE })
@TenantScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Tenant: support chat")
public class StaffSupportChatResource {

    @Inject
    ChatService chat;

    @Inject
    JsonWebToken token;

    @GET
    @Path("/conversations")
    @Operation(summary = "Support conversations, newest activity first (unread=true: only those with unread customer "
            + "messages); customer phones masked; keyset pages via cursor")
    public ChatDto.Page<ChatDto.InboxRow> inbox(@QueryParam("unread") @DefaultValue("false") boolean unread,
            @QueryParam("cursor") String cursor, @QueryParam("limit") @DefaultValue("20") @Min(1) @Max(100) int limit) {
        return chat.inbox(me(), unread, cursor, limit);
    }

    @GET
    @Path("/unread")
    @Operation(summary = "Unread customer messages in the inbox: how many, in how many conversations")
    public ChatDto.Unread unread() {
        return chat.unread(me());
    }

    @GET
    @Path("/conversations/{id}/messages")
    @Operation(summary = "History; paging as for order conversations")
    public ChatDto.MessagePage messages(@PathParam("id") UUID id, @QueryParam("beforeSeq") @Min(1) Long beforeSeq,
            @QueryParam("afterSeq") @Min(0) Long afterSeq,
            @QueryParam("limit") @DefaultValue("30") @Min(1) @Max(ChatMessages.MAX_PAGE) int limit) {
        return chat.staffSupportMessages(me(), id, beforeSeq, afterSeq, limit);
    }

    @POST
    @Path("/conversations/{id}/messages")
    @Operation(summary = "Answer the customer; 201, or 200 for a resend with a known clientMessageId")
    public Response send(@PathParam("id") UUID id, @NotNull @Valid ChatDto.SendInput in) {
        return ChatResponses.sent(chat.staffSendToSupport(me(), id, in));
    }

    @POST
    @Path("/conversations/{id}/read")
    public ChatDto.ReadMark read(@PathParam("id") UUID id, @NotNull @Valid ChatDto.ReadInput in) {
        return chat.staffReadSupport(me(), id, in.seq());
    }

    private Participant me() {
        return Participant.staff(token.getSubject());
    }
}
