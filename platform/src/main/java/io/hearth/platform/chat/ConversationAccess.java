package io.hearth.platform.chat;

import io.hearth.platform.order.OrderParties;
import io.hearth.platform.realtime.Audience;
import io.hearth.platform.shared.tenancy.TenantContext;
import io.hearth.platform.shared.web.ApiException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Who may read and write which conversation. An order's conversation exists once the order has a worker; its
 * participants are the order's customer and the worker assigned now (read from the order on every call, so a
 * worker taken off by reassignment loses access at once and the new one gains it); the assigned worker is also
 * kept on the conversation for the worker's list. It is writable by those two until
 * {@code hearth.chat.writable-days-after-close} days after the order completed or was cancelled; staff read it.
 * A customer's support conversation: the customer and the tenant's customer service (owner, customer-service).
 * Whatever a caller may not see answers 404, never 403.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class ConversationAccess {

    /** A conversation as {@code participant} reaches it; {@code others}: who hears of what they write or read. */
    public record Access(Conversation conversation, Participant participant, boolean writable, String orderNo,
            List<Audience> others) {
    }

    @Inject
    ConversationRepository conversations;

    @Inject
    OrderParties orders;

    @Inject
    ChatConfig config;

    @Inject
    Clock clock;

    /**
     * The order's conversation for its customer, its current worker or staff (read only). Created when the order
     * has a worker and none exists yet; empty for staff when the order never had one.
     */
    public Optional<Access> order(Participant p, UUID orderId) {
        OrderParties.Parties order = orders.of(orderId).orElseThrow(() -> ApiException.notFound("Order", orderId));
        Optional<UUID> worker = order.visibleWorker();
        boolean mine = switch (p.kind()) {
            case CUSTOMER -> order.customerId().equals(p.id());
            case WORKER -> worker.map(p.id()::equals).orElse(false);
            case STAFF -> true;
            case SYSTEM -> false;
        };
        if (!mine) {
            throw ApiException.notFound("Order", orderId);
        }
        Optional<Conversation> found = conversations.ofOrder(orderId);
        Conversation c;
        if (found.isPresent()) {
            c = found.get();
            if (!Objects.equals(c.workerId, worker.orElse(null))) {
                c.workerId = worker.orElse(null);
                conversations.flush();
            }
        } else if (worker.isPresent()) {
            c = conversations.ensureOrder(orderId, order.customerId(), worker.get(), clock.instant());
        } else if (p.kind() == SenderKind.STAFF) {
            return Optional.empty();
        } else {
            throw ApiException.notFound("Conversation of order", orderId);
        }
        boolean writable = p.kind() != SenderKind.STAFF && worker.isPresent() && open(order.closedAt());
        List<Audience> others = new ArrayList<>();
        UUID tenant = TenantContext.require();
        if (p.kind() != SenderKind.CUSTOMER) {
            others.add(Audience.customer(tenant, order.customerId()));
        }
        if (p.kind() != SenderKind.WORKER) {
            worker.ifPresent(w -> others.add(Audience.worker(tenant, w)));
        }
        return Optional.of(new Access(c, p, writable, order.orderNo(), List.copyOf(others)));
    }

    /** Like {@link #order}, but 404 where staff would get nothing. */
    public Access requireOrder(Participant p, UUID orderId) {
        return order(p, orderId).orElseThrow(() -> ApiException.notFound("Conversation of order", orderId));
    }

    /** The customer's support conversation; created only when {@code create} (the first message). */
    public Optional<Access> supportOfCustomer(UUID customerId, boolean create) {
        Participant p = Participant.customer(customerId);
        Optional<Conversation> c = create ? Optional.of(conversations.ensureSupport(customerId, clock.instant()))
                : conversations.supportOf(customerId);
        return c.map(conv -> new Access(conv, p, true, null, List.of(Audience.staff(TenantContext.require()))));
    }

    /** A support conversation of the tenant, for its customer service. */
    public Access supportForStaff(Participant staff, UUID conversationId) {
        Conversation c = conversations.byId(conversationId).filter(x -> x.kind == ConversationKind.SUPPORT)
                .orElseThrow(() -> ApiException.notFound("Conversation", conversationId));
        return new Access(c, staff, true, null, List.of(Audience.customer(TenantContext.require(), c.customerId)));
    }

    /** Whether an order closed at {@code closedAt} (null: still open) can still be written about. */
    boolean open(Instant closedAt) {
        return closedAt == null
                || clock.instant().isBefore(closedAt.plus(Duration.ofDays(config.writableDaysAfterClose())));
    }
}
