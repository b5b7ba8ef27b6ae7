package io.hearth.platform.order.recurring;

import io.hearth.platform.order.Actor;
import io.hearth.platform.order.OrderCancellation;
import io.hearth.platform.order.OrderCreation;
import io.hearth.platform.order.OrderDto;
import io.hearth.platform.order.OrderStatus;
import io.hearth.platform.order.OrderTransitions;
import io.hearth.platform.order.ServiceOrder;
import io.hearth.platform.order.ServiceOrderRepository;
import io.hearth.platform.pricing.Quote;
import io.hearth.platform.pricing.QuoteBook;
import io.hearth.platform.pricing.QuoteDto;
import io.hearth.platform.pricing.QuoteService;
import io.hearth.platform.shared.tenancy.TenantContext;
import io.hearth.platform.shared.tenancy.TenantLookup;
import io.hearth.platform.shared.tenancy.TenantRef;
import io.hearth.platform.shared.web.ApiException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Recurring bookings. Creating a series prices and books every occurrence in one transaction — each an ordinary
 * order made from its own quote, the chosen worker reserved for each — so a series is booked whole or not at all
 * (409 naming the first occurrence that cannot be booked). The first occurrence is paid like any order; later ones
 * by {@code hearth.orders.series.pay-ahead} before their start. Skipping one cancels that order by the tenant's
 * cancellation policy; cancelling the series cancels every occurrence not yet under way.
 */
@ApplicationScoped
public class OrderSeriesService {

    /** Occurrences in these states are cancelled with the series; later ones are under way or over. */
    static final Set<OrderStatus> NOT_UNDER_WAY = EnumSet.of(OrderStatus.PENDING_PAYMENT, OrderStatus.PENDING_DISPATCH,
            OrderStatus.ACCEPTED);

    @Inject
    EntityManager em;

    @Inject
    TenantLookup tenants;

    @Inject
    QuoteService quotes;

    @Inject
    QuoteBook quoteBook;

    @Inject
    OrderCreation creation;

    @Inject
    OrderCancellation cancellation;

    @Inject
    OrderTransitions transitions;

    @Inject
    ServiceOrderRepository orders;

    @ConfigProperty(name = "hearth.orders.series.horizon-days", defaultValue = "366")
    int horizonDays;

    @ConfigProperty(name = "hearth.orders.series.pay-ahead", defaultValue = "24h")
    Duration payAhead;

    @Transactional
    public SeriesDto.View create(UUID customerId, SeriesDto.CreateInput in) {
        TenantRef tenant = tenants.byId(TenantContext.require()).orElseThrow();
        ZoneId zone = ZoneId.of(tenant.timeZone());
        Instant now = transitions.now();
        if ((in.count() == null) == (in.until() == null)) {
            throw ApiException.unprocessable("series-end-required");
        }
        ZonedDateTime first = in.start().atZoneSameInstant(zone);
        if (in.until() != null && in.until().isBefore(first.toLocalDate())) {
            throw ApiException.unprocessable("series-until-before-start", in.until(), first.toLocalDate());
        }
        Recurrence recurrence = new Recurrence(in.frequency(), first.toLocalDateTime(), in.count(), in.until());
        List<ZonedDateTime> starts = recurrence.starts(zone);
        LocalDate lastAllowed = LocalDate.ofInstant(now, zone).plusDays(horizonDays);
        if (recurrence.truncated() || starts.get(starts.size() - 1).toLocalDate().isAfter(lastAllowed)) {
            throw ApiException.unprocessable("series-too-far", horizonDays, Recurrence.MAX_OCCURRENCES);
        }

        // Price every occurrence first (this checks the item, address, worker and each slot), then book them all.
        List<QuoteDto.View> quoted = new ArrayList<>();
        int quantity = in.quantity() == null ? 1 : in.quantity();
        for (int i = 0; i < starts.size(); i++) {
            ZonedDateTime start = starts.get(i);
            QuoteDto.Request request = new QuoteDto.Request(in.itemId(), in.packageId(), quantity,
                    start.toOffsetDateTime(), in.addressId(), in.workerId(), null, null);
            try {
                quoted.add(quotes.createForSeries(customerId, request, horizonDays));
            } catch (ApiException e) {
                throw unavailable(e, i + 1, start);
            }
        }

        OrderSeries s = new OrderSeries();
        s.id = UUID.randomUUID();
        s.customerId = customerId;
        s.frequency = in.frequency();
        s.firstStart = first.toInstant();
        s.timeZone = zone.getId();
        s.count = in.count();
        s.until = in.until();
        s.itemId = in.itemId();
        s.packageId = in.packageId();
        s.quantity = quantity;
        s.workerId = in.workerId();
        s.addressId = in.addressId();
        s.status = OrderSeries.Status.ACTIVE;
        s.createdAt = now;
        em.persist(s);
        em.flush(); // the orders' foreign key needs the series row

        List<ServiceOrder> made = new ArrayList<>();
        for (int i = 0; i < starts.size(); i++) {
            int number = i + 1;
            ZonedDateTime start = starts.get(i);
            UUID orderId = UUID.randomUUID();
            try {
                Quote taken = quoteBook.take(quoted.get(i).id(), customerId, orderId);
                Instant payBy = number == 1 ? null : start.toInstant().minus(payAhead);
                made.add(creation.fromQuote(orderId, taken, in.requirements(), null,
                        new OrderCreation.Occurrence(s.id, number, payBy)));
            } catch (ApiException e) {
                throw unavailable(e, number, start);
            }
        }
        return view(s, made);
    }

    /** A conflict on one occurrence (taken, no longer free) names it; other refusals pass as they are. */
    private static ApiException unavailable(ApiException e, int number, ZonedDateTime start) {
        return e.status() == 409 ? ApiException.conflict("series-occurrence-unavailable", number, start.toOffsetDateTime())
                : e;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public SeriesDto.View customerView(UUID customerId, UUID seriesId) {
        OrderSeries s = customers(customerId, seriesId, false);
        return view(s, occurrences(s.id));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<SeriesDto.View> customerList(UUID customerId) {
        List<OrderSeries> series = em.createQuery("from OrderSeries s where s.customerId = :c order by s.createdAt desc",
                OrderSeries.class).setParameter("c", customerId).setMaxResults(50).getResultList();
        if (series.isEmpty()) {
            return List.of();
        }
        // every occurrence of the listed series in one query, not one per series
        Map<UUID, List<ServiceOrder>> bySeries = orders.find("seriesId in ?1 order by occurrence",
                series.stream().map(x -> x.id).toList()).list().stream()
                .collect(Collectors.groupingBy(o -> o.seriesId));
        return series.stream().map(x -> view(x, bySeries.getOrDefault(x.id, List.of()))).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public SeriesDto.View staffView(UUID seriesId) {
        OrderSeries s = series(seriesId, false);
        return view(s, occurrences(s.id));
    }

    /** What cancelling the series now would cost, occurrence by occurrence. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public SeriesDto.Cancellation cancellationPreview(UUID customerId, UUID seriesId, boolean waive) {
        OrderSeries s = customerId == null ? series(seriesId, false) : customers(customerId, seriesId, false);
        return preview(s, occurrences(s.id), waive);
    }

    /**
     * Cancels every occurrence not yet under way (each by the cancellation policy, refunds included) and closes the
     * series. With {@code expectedFeeFen}, 409 when the total fee is not what the caller was shown.
     */
    @Transactional
    public SeriesDto.Cancellation cancel(UUID customerId, UUID seriesId, Actor actor, String reason,
            Long expectedFeeFen, boolean waive) {
        OrderSeries s = customerId == null ? series(seriesId, true) : customers(customerId, seriesId, true);
        if (s.status == OrderSeries.Status.CANCELLED) {
            throw ApiException.conflict("series-cancelled", s.id);
        }
        List<ServiceOrder> all = occurrences(s.id);
        SeriesDto.Cancellation shown = preview(s, all, waive);
        if (expectedFeeFen != null && expectedFeeFen != shown.feeFen()) {
            throw ApiException.conflict("order-cancellation-fee-changed", expectedFeeFen, shown.feeFen());
        }
        List<SeriesDto.OccurrenceCancellation> done = new ArrayList<>();
        long fee = 0;
        long refund = 0;
        for (ServiceOrder o : all) {
            if (!NOT_UNDER_WAY.contains(o.status)) {
                continue;
            }
            OrderDto.Cancellation c = cancellation.cancel(o.id, actor, reason, null, waive);
            fee += c.feeFen();
            refund += c.refundFen();
            done.add(new SeriesDto.OccurrenceCancellation(o.occurrence, o.id, OrderStatus.CANCELLED, true, c.feeFen(),
                    c.refundFen()));
        }
        s.status = OrderSeries.Status.CANCELLED;
        s.cancelReason = reason;
        s.cancelledAt = transitions.now();
        return new SeriesDto.Cancellation(s.id, fee, refund, done);
    }

    /** Cancels one occurrence (skips it) by the cancellation policy; the rest of the series stays. */
    @Transactional
    public OrderDto.Cancellation skip(UUID customerId, UUID seriesId, int number, String reason, Long expectedFeeFen) {
        OrderSeries s = customers(customerId, seriesId, false);
        ServiceOrder o = occurrences(s.id).stream().filter(x -> x.occurrence == number).findFirst()
                .orElseThrow(() -> ApiException.notFound("Occurrence", number));
        if (!NOT_UNDER_WAY.contains(o.status)) {
            throw ApiException.conflict("series-occurrence-not-skippable", number, o.status);
        }
        String why = reason == null || reason.isBlank() ? "SKIPPED" : "SKIPPED: " + reason;
        return cancellation.cancel(o.id, Actor.customer(customerId), why, expectedFeeFen, false);
    }

    private SeriesDto.Cancellation preview(OrderSeries s, List<ServiceOrder> all, boolean waive) {
        List<SeriesDto.OccurrenceCancellation> rows = new ArrayList<>();
        long fee = 0;
        long refund = 0;
        for (ServiceOrder o : all) {
            boolean cancellable = NOT_UNDER_WAY.contains(o.status);
            long f = 0;
            long r = 0;
            if (cancellable) {
                OrderDto.Cancellation c = cancellation.preview(o, waive);
                f = c.feeFen();
                r = c.refundFen();
                fee += f;
                refund += r;
            }
            rows.add(new SeriesDto.OccurrenceCancellation(o.occurrence, o.id, o.status, cancellable, f, r));
        }
        return new SeriesDto.Cancellation(s.id, fee, refund, rows);
    }

    private OrderSeries customers(UUID customerId, UUID seriesId, boolean lock) {
        OrderSeries s = series(seriesId, lock);
        if (!s.customerId.equals(customerId)) {
            throw ApiException.notFound("Series", seriesId);
        }
        return s;
    }

    private OrderSeries series(UUID seriesId, boolean lock) {
        var query = em.createQuery("from OrderSeries s where s.id = :id", OrderSeries.class).setParameter("id", seriesId);
        if (lock) {
            query.setLockMode(LockModeType.PESSIMISTIC_WRITE);
        }
        return query.getResultStream().findFirst().orElseThrow(() -> ApiException.notFound("Series", seriesId));
    }

    private List<ServiceOrder> occurrences(UUID seriesId) {
        return orders.find("seriesId = ?1 order by occurrence", seriesId).list();
    }

    private static SeriesDto.View view(OrderSeries s, List<ServiceOrder> occurrences) {
        List<SeriesDto.Occurrence> rows = occurrences.stream()
                .map(o -> new SeriesDto.Occurrence(o.occurrence, o.id, o.orderNo, o.status, o.startAt, o.endAt,
                        o.workerId, o.totalFen, o.paidFen, o.paymentDeadline))
                .toList();
        long total = occurrences.stream().filter(o -> o.status != OrderStatus.CANCELLED).mapToLong(o -> o.totalFen).sum();
        return new SeriesDto.View(s.id, s.customerId, s.frequency, s.firstStart, s.timeZone, s.count, s.until, s.itemId,
                s.packageId, s.quantity, s.workerId, s.addressId, s.status, s.cancelReason, s.cancelledAt, s.createdAt,
                total, rows);
    }
}
