package io.hearth.platform.order;

import io.hearth.platform.booking.WorkerBookings;
import io.hearth.platform.file.Purpose;
import io.hearth.platform.file.StoredFiles;
import io.hearth.platform.shared.web.ApiException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** A worker's assigned orders (current tenant): lists, details, accept / decline and the progress calls. */
@ApplicationScoped
@Transactional
public class WorkerOrders {

    /** The worker's lists: what is coming (soonest first), what is under way, what is done (newest first). */
    public enum View {
        UPCOMING(EnumSet.of(OrderStatus.PENDING_DISPATCH, OrderStatus.ACCEPTED), false),
        ACTIVE(EnumSet.of(OrderStatus.DEPARTED, OrderStatus.ARRIVED, OrderStatus.IN_SERVICE, OrderStatus.PAUSED), false),
        DONE(EnumSet.of(OrderStatus.COMPLETED, OrderStatus.CANCELLED), true);

        final Set<OrderStatus> statuses;
        final boolean newestFirst;

        View(Set<OrderStatus> statuses, boolean newestFirst) {
            this.statuses = statuses;
            this.newestFirst = newestFirst;
        }

        static View parse(String raw) {
            try {
                return raw == null ? UPCOMING : valueOf(raw.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new ApiException(400, "order-filter-invalid", "view", raw);
            }
        }
    }

    @Inject
    ServiceOrderRepository orders;

    @Inject
    OrderListing listing;

    @Inject
    OrderViews views;

    @Inject
    OrderTransitions transitions;

    @Inject
    WorkerBookings bookings;

    @Inject
    StoredFiles files;

    @Transactional(Transactional.TxType.SUPPORTS)
    public OrderDto.Page<OrderDto.Summary> list(UUID workerId, String view, String cursor, int limit) {
        View v = View.parse(view);
        OrderListing.Where where = new OrderListing.Where().and("workerId = :workerId", "workerId", workerId)
                .and("status in :statuses", "statuses", v.statuses);
        return listing.page(where, new OrderListing.Order("startAt", v.newestFirst), cursor, limit, views::summary);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public OrderDto.Detail detail(UUID workerId, UUID orderId) {
        ServiceOrder o = OrderTransitions.visible(orders.byId(orderId), Actor.worker(workerId))
                .orElseThrow(() -> ServiceOrderRepository.notFound(orderId));
        return view(o);
    }

    public OrderDto.Detail act(UUID workerId, UUID orderId, OrderAction action, String reason) {
        return view(transitions.apply(orderId, action, Actor.worker(workerId), reason, OrderTransitions.NOTHING));
    }

    /** Before accepting: the booking is freed and the order waits for another worker. */
    public void decline(UUID workerId, UUID orderId, String reason) {
        transitions.apply(orderId, OrderAction.DECLINE, Actor.worker(workerId), reason, (o, to, now) -> {
            bookings.release(o.id);
            o.workerId = null;
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("workerId", workerId.toString());
            return details;
        });
    }

    public OrderDto.Detail complete(UUID workerId, UUID orderId, OrderDto.CompleteInput in) {
        List<UUID> photos = in.photoFileIds() == null ? List.of() : List.copyOf(in.photoFileIds());
        ServiceOrder done = transitions.apply(orderId, OrderAction.COMPLETE, Actor.worker(workerId), null, (o, to, now) -> {
            photos.forEach(id -> files.requireOwnedBy(id, "worker", workerId, Purpose.ORDER_PHOTO));
            o.actualMinutes = in.actualMinutes();
            o.workNotes = in.notes();
            o.photoFileIds = photos;
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("actualMinutes", in.actualMinutes());
            details.put("photos", photos.size());
            return details;
        });
        return view(done);
    }

    private OrderDto.Detail view(ServiceOrder o) {
        return views.detail(o, OrderStatus.WORKER_SEES_ADDRESS.contains(o.status), false);
    }
}
