package io.hearth.platform.chat;

import jakarta.ws.rs.core.Response;

/** A new message answers 201; a resend with a known clientMessageId 200 with the message first stored. */
final class ChatResponses {

    private ChatResponses() {
    }

    static Response sent(ChatDto.Sent sent) {
        return Response.status(sent.duplicate() ? 200 : 201).entity(sent.message()).build();
    }
}
