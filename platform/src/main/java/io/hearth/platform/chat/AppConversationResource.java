package io.hearth.platform.chat;

import io.hearth.platform.shared.tenancy.TenantScoped;
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
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The signed-in customer's conversations: their orders' and their support conversation. */
@Path("/api/app/conversations")
@RolesAllowed("customer")
@TenantScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "App: chat")
public class AppConversationResource {

    @Inject
    ChatService chat;

    @Inject
    JsonWebToken token;

    @GET
    @Operation(summary = "My conversations (ORDER and SUPPORT), newest activity first, with unread counts and the last "
            + "message; keyset pages via cursor")
    public ChatDto.Page<ChatDto.Conversation> list(@QueryParam("cursor") String cursor,
            @QueryParam("limit") @DefaultValue("20") @Min(1) @Max(100) int limit) {
        return chat.conversations(me(), cursor, limit);
    }

    @GET
    @Path("/unread")
    @Operation(summary = "My unread messages: how many, in how many conversations")
    public ChatDto.Unread unread() {
        return chat.unread(me());
    }

    private Participant me() {
        return Participant.customer(UUID.fromString(token.getSubject()));
    }
}
