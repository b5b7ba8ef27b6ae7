package io.hearth.platform.chat;

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

/** The customer's conversation with the worker of one of their orders (once the order has a worker). */
@Path("/api/app/orders/{orderId}/conversation")
@RolesAllowed("customer")
@TenantScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "App: chat")
public class AppOrderChatResource {

    @Inject
    ChatService chat;

    @Inject
    JsonWebToken token;

    @GET
    @Operation(summary = "The order's conversation: unread count, last message, whether I may still write")
    public ChatDto.Conversation conversation(@PathParam("orderId") UUID orderId) {
        return chat.orderConversation(me(), orderId);
    }

    @GET
    @Path("/messages")
    @Operation(summary = "History: newest first below beforeSeq (default: from the newest; next page "
            + "?beforeSeq=nextBeforeSeq), or oldest first above afterSeq (catching up; next page ?afterSeq=nextAfterSeq)")
    public ChatDto.MessagePage messages(@PathParam("orderId") UUID orderId, @QueryParam("beforeSeq") @Min(1) Long beforeSeq,
            @QueryParam("afterSeq") @Min(0) Long afterSeq,
            @QueryParam("limit") @DefaultValue("30") @Min(1) @Max(ChatMessages.MAX_PAGE) int limit) {
        return chat.orderMessages(me(), orderId, beforeSeq, afterSeq, limit);
    }

    @POST
    @Path("/messages")
    @Operation(summary = "Send TEXT (phone numbers masked) or IMAGE (a CHAT_IMAGE file I uploaded); 201, or 200 for a "
            + "resend with a known clientMessageId")
    public Response send(@PathParam("orderId") UUID orderId, @NotNull @Valid ChatDto.SendInput in) {
        return ChatResponses.sent(chat.sendToOrder(me(), orderId, in));
    }

    @POST
    @Path("/read")
    @Operation(summary = "I have read up to seq")
    public ChatDto.ReadMark read(@PathParam("orderId") UUID orderId, @NotNull @Valid ChatDto.ReadInput in) {
        return chat.readOrder(me(), orderId, in.seq());
    }

    private Participant me() {
        return Participant.customer(UUID.fromString(token.getSubject()));
    }
}
