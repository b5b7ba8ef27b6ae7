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
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The customer's conversation with the company's customer service (one per customer; starts with the first message). */
@Path("/api/app/support")
@RolesAllowed("customer")
@TenantScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "App: chat")
public class AppSupportChatResource {

    @Inject
    ChatService chat;

    @Inject
    JsonWebToken token;

    @GET
    @Path("/messages")
    @Operation(summary = "History (empty before the first message); paging as for order conversations")
    public ChatDto.MessagePage messages(@QueryParam("beforeSeq") @Min(1) Long beforeSeq,
            @QueryParam("afterSeq") @Min(0) Long afterSeq,
            @QueryParam("limit") @DefaultValue("30") @Min(1) @Max(ChatMessages.MAX_PAGE) int limit) {
        return chat.supportMessages(me(), beforeSeq, afterSeq, limit);
    }

    @POST
    @Path("/messages")
    @Operation(summary = "Send to customer service; 201, or 200 for a resend with a known clientMessageId")
    public Response send(@NotNull @Valid ChatDto.SendInput in) {
        return ChatResponses.sent(chat.sendToSupport(me(), in));
    }

    @POST
    @Path("/read")
    public ChatDto.ReadMark read(@NotNull @Valid ChatDto.ReadInput in) {
        return chat.readSupport(me(), in.seq());
    }

    private UUID me() {
        return UUID.fromString(token.getSubject());
    }
}
