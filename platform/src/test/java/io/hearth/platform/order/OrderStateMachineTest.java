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
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hearth.platform.order.Actor.Kind;
import io.hearth.platform.order.OrderStateMachine.Facts;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Every (state, action, actor) combination against the expected table: what is listed is allowed with that
 * result, everything else is refused.
 */
class OrderStateMachineTest {

    static final Facts WITH_WORKER = new Facts(true, false);
    static final Facts NO_WORKER = new Facts(false, false);

    private record Key(OrderStatus from, OrderAction action, Kind actor) {
    }

    /** The whole allowed table, written out by hand from DESIGN.md §5 (facts: a worker is assigned, not confirmed). */
    static Map<Key, OrderStatus> expected() {
        Map<Key, OrderStatus> m = new HashMap<>();
        m.put(new Key(PENDING_PAYMENT, OrderAction.PAY, Kind.SYSTEM), PENDING_DISPATCH);
        m.put(new Key(COMPLETED, OrderAction.PAY, Kind.SYSTEM), COMPLETED);
        for (OrderStatus s : OrderStatus.values()) {
            m.put(new Key(s, OrderAction.REFUND, Kind.SYSTEM), s);
        }
        m.put(new Key(PENDING_PAYMENT, OrderAction.ASSIGN, Kind.STAFF), PENDING_PAYMENT);
        m.put(new Key(PENDING_DISPATCH, OrderAction.ASSIGN, Kind.STAFF), PENDING_DISPATCH);
        m.put(new Key(ACCEPTED, OrderAction.ASSIGN, Kind.STAFF), PENDING_DISPATCH);
        m.put(new Key(PENDING_PAYMENT, OrderAction.ASSIGN, Kind.SYSTEM), PENDING_PAYMENT);
        m.put(new Key(PENDING_DISPATCH, OrderAction.ASSIGN, Kind.SYSTEM), PENDING_DISPATCH);
        m.put(new Key(ACCEPTED, OrderAction.ASSIGN, Kind.SYSTEM), PENDING_DISPATCH);
        m.put(new Key(PENDING_DISPATCH, OrderAction.ACCEPT, Kind.WORKER), ACCEPTED);
        m.put(new Key(PENDING_DISPATCH, OrderAction.DECLINE, Kind.WORKER), PENDING_DISPATCH);
        for (Kind k : new Kind[] { Kind.CUSTOMER, Kind.STAFF }) {
            m.put(new Key(PENDING_PAYMENT, OrderAction.RESCHEDULE, k), PENDING_PAYMENT);
            m.put(new Key(PENDING_DISPATCH, OrderAction.RESCHEDULE, k), PENDING_DISPATCH);
            m.put(new Key(ACCEPTED, OrderAction.RESCHEDULE, k), ACCEPTED);
            m.put(new Key(PENDING_PAYMENT, OrderAction.CANCEL, k), CANCELLED);
            m.put(new Key(PENDING_DISPATCH, OrderAction.CANCEL, k), CANCELLED);
            m.put(new Key(ACCEPTED, OrderAction.CANCEL, k), CANCELLED);
            m.put(new Key(DEPARTED, OrderAction.CANCEL, k), CANCELLED);
        }
        m.put(new Key(ACCEPTED, OrderAction.DEPART, Kind.WORKER), DEPARTED);
        m.put(new Key(DEPARTED, OrderAction.ARRIVE, Kind.WORKER), ARRIVED);
        m.put(new Key(ARRIVED, OrderAction.START, Kind.WORKER), IN_SERVICE);
        m.put(new Key(IN_SERVICE, OrderAction.PAUSE, Kind.WORKER), PAUSED);
        m.put(new Key(PAUSED, OrderAction.RESUME, Kind.WORKER), IN_SERVICE);
        m.put(new Key(IN_SERVICE, OrderAction.COMPLETE, Kind.WORKER), COMPLETED);
        m.put(new Key(COMPLETED, OrderAction.CONFIRM, Kind.CUSTOMER), COMPLETED);
        m.put(new Key(PENDING_PAYMENT, OrderAction.CLOSE_UNPAID, Kind.SYSTEM), CANCELLED);
        return m;
    }

    @Test
    void everyCombinationMatchesTheTable() {
        Map<Key, OrderStatus> table = expected();
        int allowed = 0;
        for (OrderStatus from : OrderStatus.values()) {
            for (OrderAction action : OrderAction.values()) {
                for (Kind actor : Kind.values()) {
                    Optional<OrderStatus> next = OrderStateMachine.next(from, action, actor, WITH_WORKER);
                    assertEquals(Optional.ofNullable(table.get(new Key(from, action, actor))), next,
                            from + " " + action + " by " + actor);
                    if (next.isPresent()) {
                        allowed++;
                    }
                }
            }
        }
        assertEquals(table.size(), allowed);
    }

    @Test
    void theHappyPathReachesCompletedAndTerminalStatesLeadNowhereButRefunds() {
        OrderStatus s = PENDING_PAYMENT;
        OrderAction[] path = { OrderAction.PAY, OrderAction.ACCEPT, OrderAction.DEPART, OrderAction.ARRIVE,
                OrderAction.START, OrderAction.PAUSE, OrderAction.RESUME, OrderAction.COMPLETE };
        Kind[] by = { Kind.SYSTEM, Kind.WORKER, Kind.WORKER, Kind.WORKER, Kind.WORKER, Kind.WORKER, Kind.WORKER,
                Kind.WORKER };
        for (int i = 0; i < path.length; i++) {
            s = OrderStateMachine.next(s, path[i], by[i], WITH_WORKER).orElseThrow();
        }
        assertEquals(COMPLETED, s);
        for (OrderAction action : OrderAction.values()) {
            for (Kind actor : Kind.values()) {
                Optional<OrderStatus> next = OrderStateMachine.next(CANCELLED, action, actor, WITH_WORKER);
                assertTrue(next.isEmpty() || action == OrderAction.REFUND, action + " by " + actor);
            }
        }
    }

    @Test
    void workerActionsNeedAnAssignedWorker() {
        for (OrderAction a : new OrderAction[] { OrderAction.ACCEPT, OrderAction.DECLINE }) {
            assertTrue(OrderStateMachine.next(PENDING_DISPATCH, a, Kind.WORKER, NO_WORKER).isEmpty(), a.name());
        }
        assertTrue(OrderStateMachine.next(ACCEPTED, OrderAction.DEPART, Kind.WORKER, NO_WORKER).isEmpty());
        // Staff can dispatch an order that has no worker yet.
        assertEquals(Optional.of(PENDING_DISPATCH),
                OrderStateMachine.next(PENDING_DISPATCH, OrderAction.ASSIGN, Kind.STAFF, NO_WORKER));
    }

    @Test
    void confirmingTwiceIsRefused() {
        assertEquals(Optional.of(COMPLETED),
                OrderStateMachine.next(COMPLETED, OrderAction.CONFIRM, Kind.CUSTOMER, new Facts(true, false)));
        assertTrue(OrderStateMachine.next(COMPLETED, OrderAction.CONFIRM, Kind.CUSTOMER, new Facts(true, true)).isEmpty());
    }

    @Test
    void creationIsNotATransition() {
        for (OrderStatus from : OrderStatus.values()) {
            for (Kind actor : Kind.values()) {
                assertTrue(OrderStateMachine.next(from, OrderAction.CREATE, actor, WITH_WORKER).isEmpty());
            }
        }
        assertTrue(OrderStateMachine.sourcesOf(OrderAction.CREATE).isEmpty());
        assertEquals(java.util.EnumSet.of(PENDING_PAYMENT, PENDING_DISPATCH, ACCEPTED, DEPARTED),
                OrderStateMachine.sourcesOf(OrderAction.CANCEL));
    }

    @Test
    void dispatchGrabsOnlyAnOrderWaitingWithoutAWorker() {
        Facts noWorker = new Facts(false, false);
        assertEquals(Optional.of(ACCEPTED), OrderStateMachine.next(PENDING_DISPATCH, OrderAction.GRAB, Kind.SYSTEM, noWorker));
        for (Kind k : new Kind[] { Kind.CUSTOMER, Kind.WORKER, Kind.STAFF }) {
            assertTrue(OrderStateMachine.next(PENDING_DISPATCH, OrderAction.GRAB, k, noWorker).isEmpty());
        }
        assertTrue(OrderStateMachine.next(PENDING_DISPATCH, OrderAction.GRAB, Kind.SYSTEM, WITH_WORKER).isEmpty());
        assertTrue(OrderStateMachine.next(ACCEPTED, OrderAction.GRAB, Kind.SYSTEM, noWorker).isEmpty());
        assertEquals("order.grabbed", OrderAction.GRAB.eventType());
    }
}
