package io.hearth.platform.order;

import static io.hearth.platform.order.OrderStatus.ACCEPTED;
import static io.hearth.platform.order.OrderStatus.ARRIVED;
import static io.hearth.platform.order.OrderStatus.CANCELLED;
import static io.hearth.platform.order.OrderStatus.COMPLETED;
import static io.hearth.platform.order.OrderStatus.DEPARTED;
import static io.hearth.platform.order.OrderStatus.IN_SERVICE;
import static io.hearth.platform.order.OrderStatus.PAUSED;
import static io.hearth.platform.order.OrderStatus.PENDING_DISPATCH;
import static io.hearth.platform.order.OrderStatus.PENDING_PAYMENT;

import io.hearth.platform.order.Actor.Kind;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The order state machine of DESIGN.md §5, pure: which action may be taken by whom in which state, what state
 * follows, and the guards that depend on the order itself. {@code PENDING_PAYMENT → PENDING_DISPATCH →
 * ACCEPTED → DEPARTED → ARRIVED → IN_SERVICE (⇄ PAUSED) → COMPLETED}; {@code CANCELLED} from the states
 * before the worker arrives. Who may act on which particular order (its customer, its worker, the tenant's
 * staff) is checked before: the machine only knows the kind of actor.
 */
public final class OrderStateMachine {

    /** What the guards need to know about the order. */
    public record Facts(boolean hasWorker, boolean confirmed) {
    }

    private record Rule(Set<Kind> actors, Map<OrderStatus, OrderStatus> moves, Predicate<Facts> guard) {
    }

    private static final Map<OrderAction, Rule> RULES = new EnumMap<>(OrderAction.class);

    static {
        rule(OrderAction.PAY, EnumSet.of(Kind.SYSTEM), f -> true,
                PENDING_PAYMENT, PENDING_DISPATCH, COMPLETED, COMPLETED);
        Map<OrderStatus, OrderStatus> everywhere = new EnumMap<>(OrderStatus.class);
        for (OrderStatus s : OrderStatus.values()) {
            everywhere.put(s, s);
        }
        RULES.put(OrderAction.REFUND, new Rule(EnumSet.of(Kind.SYSTEM), everywhere, f -> true));
        // A new worker has to accept again, so an accepted order goes back to dispatch. SYSTEM: automatic dispatch.
        rule(OrderAction.ASSIGN, EnumSet.of(Kind.STAFF, Kind.SYSTEM), f -> true,
                PENDING_PAYMENT, PENDING_PAYMENT, PENDING_DISPATCH, PENDING_DISPATCH, ACCEPTED, PENDING_DISPATCH);
        rule(OrderAction.ACCEPT, EnumSet.of(Kind.WORKER), Facts::hasWorker, PENDING_DISPATCH, ACCEPTED);
        rule(OrderAction.DECLINE, EnumSet.of(Kind.WORKER), Facts::hasWorker, PENDING_DISPATCH, PENDING_DISPATCH);
        rule(OrderAction.RESCHEDULE, EnumSet.of(Kind.CUSTOMER, Kind.STAFF), f -> true,
                PENDING_PAYMENT, PENDING_PAYMENT, PENDING_DISPATCH, PENDING_DISPATCH, ACCEPTED, ACCEPTED);
        rule(OrderAction.DEPART, EnumSet.of(Kind.WORKER), Facts::hasWorker, ACCEPTED, DEPARTED);
        rule(OrderAction.ARRIVE, EnumSet.of(Kind.WORKER), Facts::hasWorker, DEPARTED, ARRIVED);
        rule(OrderAction.START, EnumSet.of(Kind.WORKER), Facts::hasWorker, ARRIVED, IN_SERVICE);
        rule(OrderAction.PAUSE, EnumSet.of(Kind.WORKER), Facts::hasWorker, IN_SERVICE, PAUSED);
        rule(OrderAction.RESUME, EnumSet.of(Kind.WORKER), Facts::hasWorker, PAUSED, IN_SERVICE);
        rule(OrderAction.COMPLETE, EnumSet.of(Kind.WORKER), Facts::hasWorker, IN_SERVICE, COMPLETED);
        rule(OrderAction.CONFIRM, EnumSet.of(Kind.CUSTOMER), f -> !f.confirmed(), COMPLETED, COMPLETED);
        rule(OrderAction.CANCEL, EnumSet.of(Kind.CUSTOMER, Kind.STAFF), f -> true,
                PENDING_PAYMENT, CANCELLED, PENDING_DISPATCH, CANCELLED, ACCEPTED, CANCELLED, DEPARTED, CANCELLED);
        rule(OrderAction.CLOSE_UNPAID, EnumSet.of(Kind.SYSTEM), f -> true, PENDING_PAYMENT, CANCELLED);
        // Grab dispatch: the worker asked for the order, so winning it is accepting it (the effect sets the worker).
        rule(OrderAction.GRAB, EnumSet.of(Kind.SYSTEM), f -> !f.hasWorker(), PENDING_DISPATCH, ACCEPTED);
        // CREATE is not a transition: an order is born PENDING_PAYMENT (or PENDING_DISPATCH when nothing is to pay).
    }

    private OrderStateMachine() {
    }

    private static void rule(OrderAction action, Set<Kind> actors, Predicate<Facts> guard, OrderStatus... pairs) {
        Map<OrderStatus, OrderStatus> moves = new EnumMap<>(OrderStatus.class);
        for (int i = 0; i < pairs.length; i += 2) {
            moves.put(pairs[i], pairs[i + 1]);
        }
        RULES.put(action, new Rule(actors, moves, guard));
    }

    /** The state after {@code action}, or empty when that actor may not take it now. */
    public static Optional<OrderStatus> next(OrderStatus from, OrderAction action, Kind actor, Facts facts) {
        Rule rule = RULES.get(action);
        if (rule == null || !rule.actors().contains(actor) || !rule.guard().test(facts)) {
            return Optional.empty();
        }
        return Optional.ofNullable(rule.moves().get(from));
    }

    /** The states in which {@code action} can be taken by someone (for messages and tests). */
    public static Set<OrderStatus> sourcesOf(OrderAction action) {
        Rule rule = RULES.get(action);
        return rule == null ? EnumSet.noneOf(OrderStatus.class) : EnumSet.copyOf(rule.moves().keySet());
    }

    /** The kinds of actor that may take {@code action}. */
    public static Set<Kind> actorsOf(OrderAction action) {
        Rule rule = RULES.get(action);
        return rule == null ? EnumSet.noneOf(Kind.class) : EnumSet.copyOf(rule.actors());
    }
}
