package io.hearth.platform.order;

import io.hearth.platform.shared.crypto.FieldCipher;
import io.hearth.platform.shared.crypto.Masking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;

/** Orders as answers: the address in full or masked, money with what is due, the timeline. */
@ApplicationScoped
public class OrderViews {

    @Inject
    FieldCipher cipher;

    @Inject
    OrderTimelineRepository timeline;

    public OrderDto.Detail detail(ServiceOrder o, boolean fullAddress, boolean withTimeline) {
        Optional<OrderPayments.Due> due = OrderPayments.due(o);
        OrderDto.Money money = new OrderDto.Money(o.totalFen, o.depositFen, o.paidFen, o.refundedFen,
                o.cancellationFeeFen, o.paymentState, due.map(OrderPayments.Due::stage).orElse(null),
                due.map(OrderPayments.Due::fen).orElse(0L));
        OrderDto.Times times = new OrderDto.Times(o.paymentDeadline, o.acceptedAt, o.departedAt, o.arrivedAt,
                o.startedAt, o.completedAt, o.confirmedAt, o.cancelledAt);
        List<OrderDto.TimelineEntry> entries = withTimeline ? timeline.ofOrder(o.id).stream().map(OrderViews::entry).toList()
                : List.of();
        return new OrderDto.Detail(o.id, o.orderNo, o.status, o.customerId, o.itemId, o.packageId, o.quantity,
                o.durationMinutes, o.startAt, o.endAt, o.workerId, o.customerChoseWorker,
                fullAddress ? fullAddress(o) : maskedAddress(o), o.requirements, o.quoteLines, money, times,
                new OrderDto.Work(o.actualMinutes, o.workNotes, o.photoFileIds), o.cancelReason, o.createdAt, entries,
                o.seriesId, o.occurrence);
    }

    public OrderDto.Summary summary(ServiceOrder o) {
        return new OrderDto.Summary(o.id, o.orderNo, o.status, o.customerId, o.itemId, o.packageId, o.startAt, o.endAt,
                o.workerId, o.cityCode, o.district, o.community, o.contactName, Masking.phoneFromLast4(o.contactPhoneLast4),
                o.totalFen, o.paidFen, o.createdAt);
    }

    private OrderDto.Address fullAddress(ServiceOrder o) {
        return new OrderDto.Address(o.contactName, cipher.decrypt(o.contactPhoneEnc), o.cityCode, o.district,
                o.community, o.building, o.unit, cipher.decrypt(o.roomEnc), cipher.decrypt(o.detailEnc),
                cipher.decrypt(o.accessInstructionsEnc), o.lat, o.lng, false);
    }

    /** Area only: no phone, building, room, street detail or door code; position rounded to about a kilometre. */
    private static OrderDto.Address maskedAddress(ServiceOrder o) {
        return new OrderDto.Address(o.contactName, Masking.phoneFromLast4(o.contactPhoneLast4), o.cityCode, o.district,
                o.community, null, null, null, null, null, Math.round(o.lat * 100) / 100.0,
                Math.round(o.lng * 100) / 100.0, true);
    }

    private static OrderDto.TimelineEntry entry(OrderTimelineEntry e) {
        return new OrderDto.TimelineEntry(e.id, e.at, e.actorKind, e.actorId, e.action, e.fromStatus, e.toStatus,
                e.reason, e.details);
    }
}
