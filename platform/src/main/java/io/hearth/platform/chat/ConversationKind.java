package io.hearth.platform.chat;

/** ORDER: an order's customer and worker. SUPPORT: a customer and the tenant's customer service. */
public enum ConversationKind {
    ORDER, SUPPORT
}
