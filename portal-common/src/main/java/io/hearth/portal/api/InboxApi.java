package io.hearth.portal.api;

/** The support inbox's totals ({@code /api/tenant/support/unread}), for the live inbox's badge. */
public final class InboxApi {

    private InboxApi() {
    }

    /** Unread customer messages: how many, in how many conversations. */
    public record Unread(long messages, long conversations) {
    }
}
