package io.hearth.platform.order;

import io.hearth.platform.booking.WorkerBookings;
import io.hearth.platform.customer.CustomerDto;
import io.hearth.platform.customer.CustomerProfiles;
import io.hearth.platform.pricing.Quote;
import io.hearth.platform.pricing.QuoteBook;
import io.hearth.platform.shared.PhoneNumbers;
import io.hearth.platform.shared.crypto.FieldCipher;
import io.hearth.platform.shared.tenancy.TenantContext;
import io.hearth.platform.shared.web.ApiException;
import io.hearth.platform.tenant.TenantSettingsLookup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Makes an order from a customer's quote, in one transaction: takes the quote, snapshots the address, reserves
 * the chosen worker. When the worker is no longer free nothing is written and the quote stays unused.
 */
@ApplicationScoped
public class OrderCreation {

    public record Created(ServiceOrder order, boolean replayed) {
    }

    @Inject
    ServiceOrderRepository orders;

    @Inject
    QuoteBook quoteBook;

    @Inject
    CustomerProfiles customers;

    @Inject
    FieldCipher cipher;

    @Inject
    WorkerBookings bookings;

    @Inject
    TenantSettingsLookup tenantSettings;

    @Inject
    OrderTransitions transitions;

    @Inject
    OrderNumbers numbers;

    /** With an {@code idempotencyKey} the customer already used, the order made then (nothing new). */
    @Transactional
    public Created create(UUID customerId, OrderDto.CreateInput in, String idempotencyKey) {
        if (idempotencyKey != null) {
            var earlier = orders.byIdempotencyKey(customerId, idempotencyKey);
            if (earlier.isPresent()) {
                return new Created(earlier.get(), true);
            }
        }
        UUID orderId = UUID.randomUUID();
        Quote quote = quoteBook.take(in.quoteId(), customerId, orderId);
        return new Created(fromQuote(orderId, quote, in.requirements(), idempotencyKey), false);
    }

    /**
     * Which occurrence of a recurring series an order is, and when it must be paid by at the latest (the
     * occurrences after the first are paid ahead of their own start, not within minutes of booking).
     */
    public record Occurrence(UUID seriesId, int number, Instant payBy) {
    }

    /** The order for a quote already taken for {@code orderId}. */
    @Transactional(Transactional.TxType.MANDATORY)
    public ServiceOrder fromQuote(UUID orderId, Quote q, OrderDto.Requirements requirements, String idempotencyKey) {
        return fromQuote(orderId, q, requirements, idempotencyKey, null);
    }

    /** {@link #fromQuote(UUID, Quote, OrderDto.Requirements, String)} for one occurrence of a recurring series. */
    @Transactional(Transactional.TxType.MANDATORY)
    public ServiceOrder fromQuote(UUID orderId, Quote q, OrderDto.Requirements requirements, String idempotencyKey,
            Occurrence occurrence) {
        Instant now = transitions.now();
        if (!q.startAt.isAfter(now)) {
            throw ApiException.unprocessable("order-start-passed", q.startAt);
        }
        TenantSettingsLookup.Effective tenant = tenantSettings.of(TenantContext.require());
        CustomerDto.Address a = customers.address(q.customerId, q.addressId);
        String phone = PhoneNumbers.normalize(a.contactPhone()).orElse(a.contactPhone());

        ServiceOrder o = new ServiceOrder();
        o.id = orderId;
        o.orderNo = numbers.next(tenant.zone(), now);
        o.customerId = q.customerId;
        o.quoteId = q.id;
        o.itemId = q.itemId;
        o.packageId = q.packageId;
        o.quantity = q.quantity;
        o.durationMinutes = q.durationMinutes;
        o.startAt = q.startAt;
        o.endAt = q.endAt;
        o.workerId = q.workerId;
        o.customerChoseWorker = q.workerId != null;
        o.cityCode = q.cityCode;
        o.contactName = a.contactName();
        o.contactPhoneEnc = cipher.encrypt(phone);
        o.contactPhoneHash = cipher.blindIndex(phone);
        o.contactPhoneLast4 = PhoneNumbers.last4(phone);
        o.district = a.district();
        o.community = a.community();
        o.building = a.building();
        o.unit = a.unit();
        o.roomEnc = cipher.encrypt(a.room());
        o.detailEnc = cipher.encrypt(a.detail());
        o.accessInstructionsEnc = cipher.encrypt(a.accessInstructions());
        o.lat = a.lat();
        o.lng = a.lng();
        o.requirements = requirements;
        o.quoteLines = List.copyOf(q.lines);
        o.totalFen = q.totalFen;
        o.depositFen = deposit(q.totalFen, tenant.settings().depositBp());
        if (q.totalFen == 0) {
            o.status = OrderStatus.PENDING_DISPATCH;
            o.paymentState = ServiceOrder.PaymentState.PAID;
        } else {
            o.status = OrderStatus.PENDING_PAYMENT;
            o.paymentState = ServiceOrder.PaymentState.UNPAID;
            o.paymentDeadline = now.plus(tenant.settings().unpaidOrderTimeoutMinutes(), ChronoUnit.MINUTES)
                    .truncatedTo(ChronoUnit.SECONDS);
        }
        if (occurrence != null) {
            o.seriesId = occurrence.seriesId();
            o.occurrence = occurrence.number();
            if (o.paymentDeadline != null && occurrence.payBy() != null && occurrence.payBy().isAfter(o.paymentDeadline)) {
                o.paymentDeadline = occurrence.payBy().truncatedTo(ChronoUnit.SECONDS);
            }
        }
        o.idempotencyKey = idempotencyKey;
        o.createdAt = o.updatedAt = now;
        orders.persist(o);
        orders.flush(); // the booking's foreign key needs the order row
        if (o.workerId != null) {
            bookings.reserve(o.workerId, o.startAt, o.endAt, o.id);
        }
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("quoteId", q.id.toString());
        details.put("totalFen", o.totalFen);
        if (o.depositFen > 0) {
            details.put("depositFen", o.depositFen);
        }
        if (o.workerId != null) {
            details.put("workerId", o.workerId.toString());
        }
        if (o.seriesId != null) {
            details.put("seriesId", o.seriesId.toString());
            details.put("occurrence", o.occurrence);
        }
        transitions.created(o, Actor.customer(q.customerId), details);
        return o;
    }

    /** total × bp / 10000, half-up; none when deposits are off or the deposit would be everything or nothing. */
    static long deposit(long totalFen, int depositBp) {
        if (depositBp <= 0) {
            return 0;
        }
        long deposit = CancellationPolicy.fee(totalFen, depositBp);
        return deposit == 0 || deposit >= totalFen ? 0 : deposit;
    }
}
