package io.hearth.platform.chat;

import io.hearth.platform.customer.CustomerContacts;
import io.hearth.platform.order.OrderParties;
import io.hearth.platform.shared.web.ApiException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** What the chat endpoints do, each in one transaction: reach the conversation, then read or write it. */
@ApplicationScoped
@Transactional
public class ChatService {

    @Inject
    ConversationAccess access;

    @Inject
    ChatMessages messages;

    @Inject
    ChatLists lists;

    @Inject
    ReadMarks reads;

    @Inject
    ChatMessageRepository stored;

    @Inject
    OrderParties orders;

    @Inject
    CustomerContacts customers;

    // ---- order conversations (customer, worker; staff read only)

    public ChatDto.Conversation orderConversation(Participant p, UUID orderId) {
        ConversationAccess.Access a = access.requireOrder(p, orderId);
        Conversation c = a.conversation();
        long lastRead = reads.of(c.id, p);
        ChatDto.Message last = c.lastMessageSeq == 0 ? null
                : stored.at(c.id, c.lastMessageSeq).map(ChatDto.Message::of).orElse(null);
        return new ChatDto.Conversation(c.id, c.kind, c.orderId, a.orderNo(), c.lastMessageSeq, lastRead,
                Math.max(0, c.lastMessageSeq - lastRead), last, c.activityAt, a.writable());
    }

    public ChatDto.MessagePage orderMessages(Participant p, UUID orderId, Long beforeSeq, Long afterSeq, int limit) {
        return access.order(p, orderId).map(a -> messages.page(a, beforeSeq, afterSeq, limit))
                .orElseGet(() -> ChatMessages.empty(null));
    }

    public ChatDto.Sent sendToOrder(Participant p, UUID orderId, ChatDto.SendInput in) {
        ChatMessages.Body body = messages.body(p, in);
        return messages.send(access.requireOrder(p, orderId), body, in.clientMessageId());
    }

    public ChatDto.ReadMark readOrder(Participant p, UUID orderId, long seq) {
        return messages.read(access.requireOrder(p, orderId), seq);
    }

    // ---- support (customer side)

    public ChatDto.MessagePage supportMessages(UUID customerId, Long beforeSeq, Long afterSeq, int limit) {
        return access.supportOfCustomer(customerId, false).map(a -> messages.page(a, beforeSeq, afterSeq, limit))
                .orElseGet(() -> ChatMessages.empty(null));
    }

    public ChatDto.Sent sendToSupport(UUID customerId, ChatDto.SendInput in) {
        ChatMessages.Body body = messages.body(Participant.customer(customerId), in);
        return messages.send(access.supportOfCustomer(customerId, true).orElseThrow(), body, in.clientMessageId());
    }

    public ChatDto.ReadMark readSupport(UUID customerId, long seq) {
        return messages.read(access.supportOfCustomer(customerId, false)
                .orElseThrow(() -> ApiException.notFound("Support conversation of customer", customerId)), seq);
    }

    // ---- support (staff side)

    public ChatDto.MessagePage staffSupportMessages(Participant staff, UUID conversationId, Long beforeSeq,
            Long afterSeq, int limit) {
        return messages.page(access.supportForStaff(staff, conversationId), beforeSeq, afterSeq, limit);
    }

    public ChatDto.Sent staffSendToSupport(Participant staff, UUID conversationId, ChatDto.SendInput in) {
        ChatMessages.Body body = messages.body(staff, in);
        return messages.send(access.supportForStaff(staff, conversationId), body, in.clientMessageId());
    }

    public ChatDto.ReadMark staffReadSupport(Participant staff, UUID conversationId, long seq) {
        return messages.read(access.supportForStaff(staff, conversationId), seq);
    }

    // ---- lists

    public ChatDto.Page<ChatDto.Conversation> conversations(Participant p, String cursor, int limit) {
        ChatLists.Scope scope = p.kind() == SenderKind.WORKER ? ChatLists.Scope.WORKER : ChatLists.Scope.CUSTOMER;
        ChatLists.Rows rows = lists.page(scope, p, false, cursor, limit);
        Set<UUID> orderIds = rows.rows().stream().map(ChatLists.Row::orderId).filter(Objects::nonNull)
                .collect(Collectors.toSet());
        Map<UUID, OrderParties.Parties> parties = orders.of(orderIds);
        List<ChatDto.Conversation> items = rows.rows().stream()
                // a worker's list shows only the orders still theirs (the stored worker may lag a reassignment)
                .filter(r -> p.kind() != SenderKind.WORKER || parties.containsKey(r.orderId())
                        && parties.get(r.orderId()).visibleWorker().map(p.id()::equals).orElse(false))
                .map(r -> {
                    OrderParties.Parties o = r.orderId() == null ? null : parties.get(r.orderId());
                    boolean writable = o == null ? r.kind() == ConversationKind.SUPPORT
                            : o.visibleWorker().isPresent() && access.open(o.closedAt());
                    return new ChatDto.Conversation(r.id(), r.kind(), r.orderId(), o == null ? null : o.orderNo(),
                            r.lastMessageSeq(), r.lastReadSeq(), r.unread(), r.lastMessage(), r.activityAt(), writable);
                }).toList();
        return new ChatDto.Page<>(items, rows.nextCursor());
    }

    public ChatDto.Unread unread(Participant p) {
        return lists.unread(switch (p.kind()) {
            case WORKER -> ChatLists.Scope.WORKER;
            case STAFF -> ChatLists.Scope.SUPPORT_INBOX;
            default -> ChatLists.Scope.CUSTOMER;
        }, p);
    }

    public ChatDto.Page<ChatDto.InboxRow> inbox(Participant staff, boolean unreadOnly, String cursor, int limit) {
        ChatLists.Rows rows = lists.page(ChatLists.Scope.SUPPORT_INBOX, staff, unreadOnly, cursor, limit);
        Map<UUID, CustomerContacts.Contact> contacts = customers.of(
                rows.rows().stream().map(ChatLists.Row::customerId).collect(Collectors.toSet()));
        List<ChatDto.InboxRow> items = rows.rows().stream().map(r -> {
            CustomerContacts.Contact who = contacts.get(r.customerId());
            return new ChatDto.InboxRow(r.id(), r.customerId(), who == null ? null : who.nickname(),
                    who == null ? null : who.phone(), r.lastMessageSeq(), r.lastReadSeq(), r.unread(), r.lastMessage(),
                    r.activityAt());
        }).toList();
        return new ChatDto.Page<>(items, rows.nextCursor());
    }
}
