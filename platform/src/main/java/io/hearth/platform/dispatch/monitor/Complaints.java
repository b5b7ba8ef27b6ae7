package io.hearth.platform.dispatch.monitor;

import io.hearth.platform.shared.web.TimeIdCursor;
import io.hearth.platform.events.Outbox;
import io.hearth.platform.file.Purpose;
import io.hearth.platform.file.StoredFiles;
import io.hearth.platform.order.CustomerOrders;
import io.hearth.platform.order.OrderDto;
import io.hearth.platform.order.OrderStatus;
import io.hearth.platform.shared.crypto.FieldCipher;
import io.hearth.platform.shared.crypto.Masking;
import io.hearth.platform.shared.tenancy.TenantContext;
import io.hearth.platform.shared.web.ApiException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Customers' complaints about their orders. A customer may complain from the worker's arrival on and until
 * {@code hearth.dispatch.complaints.window-days} (7) days after completion (else 422 {@code complaint-not-allowed});
 * photos are ORDER_PHOTO files they uploaded themselves. Filing emits {@code order.complaint_filed} and opens a
 * COMPLAINT alert on the board (one unresolved per order); closing the order's last open complaint resolves it.
 * Customer service moves complaints OPEN → HANDLING → CLOSED (with a resolution).
 */
@ApplicationScoped
@Transactional
public class Complaints {

    /** From the worker's arrival on (and after completion, within the window). */
    static final Set<OrderStatus> ALLOWED = EnumSet.of(OrderStatus.ARRIVED, OrderStatus.IN_SERVICE, OrderStatus.PAUSED,
            OrderStatus.COMPLETED);

    static final int MAX_LIMIT = 100;

    @Inject
    OrderComplaintRepository complaints;

    @Inject
    CustomerOrders orders;

    @Inject
    StoredFiles files;

    @Inject
    DispatchAlerts alerts;

    @Inject
    DispatchAlertRepository alertRows;

    @Inject
    Outbox outbox;

    @Inject
    EntityManager em;

    @Inject
    FieldCipher cipher;

    @Inject
    Clock clock;

    @ConfigProperty(name = "hearth.dispatch.complaints.window-days", defaultValue = "7")
    int windowDays;

    public MonitorDto.Complaint file(UUID customerId, UUID orderId, MonitorDto.ComplaintInput in) {
        if (in.text().trim().length() < 5) {
            throw new ApiException(400, "complaint-text-blank");
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        OrderDto.Detail order = orders.detail(customerId, orderId); // 404 unless the customer's own
        if (!ALLOWED.contains(order.status())) {
            throw ApiException.unprocessable("complaint-not-allowed", order.orderNo(), order.status());
        }
        Instant completedAt = order.times().completedAt();
        if (order.status() == OrderStatus.COMPLETED && completedAt != null
                && now.isAfter(completedAt.plus(Duration.ofDays(windowDays)))) {
            throw ApiException.unprocessable("complaint-too-late", order.orderNo(), windowDays);
        }
        List<UUID> photos = in.photoFileIds() == null ? List.of() : List.copyOf(new java.util.LinkedHashSet<>(in.photoFileIds()));
        photos.forEach(id -> files.requireOwnedBy(id, "customer", customerId, Purpose.ORDER_PHOTO));

        OrderComplaint c = new OrderComplaint();
        c.id = UUID.randomUUID();
        c.orderId = orderId;
        c.customerId = customerId;
        c.category = in.category();
        c.text = in.text().trim();
        c.photoFileIds = new ArrayList<>(photos);
        c.state = ComplaintState.OPEN;
        c.createdAt = now;
        complaints.persist(c);

        Map<String, Object> event = new LinkedHashMap<>();
        event.put("complaintId", c.id);
        event.put("orderId", orderId);
        event.put("orderNo", order.orderNo());
        event.put("customerId", customerId);
        event.put("workerId", order.workerId());
        event.put("category", c.category.name());
        event.put("at", now);
        outbox.emit(TenantContext.require(), "order.complaint_filed", "order", orderId, event);

        Map<String, Object> details = new LinkedHashMap<>();
        details.put("orderNo", order.orderNo());
        details.put("status", order.status().name());
        details.put("complaintId", c.id.toString());
        details.put("category", c.category.name());
        alerts.raise(orderId, AlertKind.COMPLAINT, now, details, Set.of(), now);
        return MonitorDto.Complaint.of(c);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<MonitorDto.Complaint> ofOrder(UUID customerId, UUID orderId) {
        orders.detail(customerId, orderId); // 404 unless the customer's own
        return complaints.ofOrder(orderId, customerId).stream().map(MonitorDto.Complaint::of).toList();
    }

    /** How many of the customer's complaints are not closed yet (staff views of a customer). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public long openOfCustomer(UUID customerId) {
        return complaints.openOfCustomer(customerId);
    }

    public MonitorDto.StaffComplaint handle(UUID id, String by) {
        OrderComplaint c = complaints.requireLocked(id);
        move(c, ComplaintState.HANDLING);
        c.handledBy = by;
        c.handledAt = clock.instant().truncatedTo(ChronoUnit.MICROS);
        return one(c.id);
    }

    public MonitorDto.StaffComplaint close(UUID id, String by, String resolution) {
        OrderComplaint c = complaints.requireLocked(id);
        move(c, ComplaintState.CLOSED);
        c.closedBy = by;
        c.closedAt = clock.instant().truncatedTo(ChronoUnit.MICROS);
        c.resolution = resolution;
        if (c.handledBy == null) {
            c.handledBy = by;
            c.handledAt = c.closedAt;
        }
        complaints.flush();
        if (complaints.openOfOrder(c.orderId) == 0) {
            alertRows.unresolvedOfOrder(c.orderId).stream().filter(a -> a.kind == AlertKind.COMPLAINT)
                    .forEach(a -> alerts.resolveAutomatically(a, "Complaint closed: " + resolution));
        }
        return one(c.id);
    }

    private static void move(OrderComplaint c, ComplaintState next) {
        if (!c.state.canBecome(next)) {
            throw ApiException.conflict("complaint-illegal-transition", c.id, c.state, next);
        }
        c.state = next;
    }

    private static final String STAFF_SELECT = "select c.id, c.order_id, o.order_no, c.customer_id, cu.phone_enc,"
            + " c.category, c.text, cast(c.photo_file_ids as text), c.state, c.created_at, c.handled_by, c.handled_at,"
            + " c.resolution, c.closed_by, c.closed_at from order_complaint c"
            + " join service_order o on o.tenant_id = c.tenant_id and o.id = c.order_id"
            + " join customer cu on cu.tenant_id = c.tenant_id and cu.id = c.customer_id"
            + " where c.tenant_id = cast(:t as uuid)";

    /** The tenant's complaints, newest first, optionally by state; customers' phones masked. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public MonitorDto.Page<MonitorDto.StaffComplaint> list(String state, String after, int limit) {
        ComplaintState s = AlertBoard.parse(ComplaintState.class, "state", state);
        TimeIdCursor cursor = TimeIdCursor.decode(after, "monitor-cursor-invalid");
        StringBuilder sql = new StringBuilder(STAFF_SELECT);
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("t", TenantContext.require().toString());
        if (s != null) {
            sql.append(" and c.state = :state");
            params.put("state", s.name());
        }
        if (cursor != null) {
            sql.append(" and (c.created_at, c.id) < (:afterAt, cast(:afterId as uuid))");
            params.put("afterAt", cursor.at().atOffset(ZoneOffset.UTC));
            params.put("afterId", cursor.id().toString());
        }
        sql.append(" order by c.created_at desc, c.id desc limit :limit");
        params.put("limit", limit + 1);
        Query q = em.createNativeQuery(sql.toString());
        params.forEach(q::setParameter);
        List<MonitorDto.StaffComplaint> rows = rows(q);
        String next = null;
        if (rows.size() > limit) {
            rows = rows.subList(0, limit);
            MonitorDto.StaffComplaint last = rows.get(limit - 1);
            next = new TimeIdCursor(last.createdAt(), last.id()).encode();
        }
        return new MonitorDto.Page<>(List.copyOf(rows), next);
    }

    private MonitorDto.StaffComplaint one(UUID id) {
        em.flush();
        return rows(em.createNativeQuery(STAFF_SELECT + " and c.id = cast(:id as uuid)")
                .setParameter("t", TenantContext.require().toString()).setParameter("id", id.toString())).get(0);
    }

    private List<MonitorDto.StaffComplaint> rows(Query q) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = q.getResultList();
        List<MonitorDto.StaffComplaint> views = new ArrayList<>(rows.size());
        for (Object[] r : rows) {
            String phoneEnc = (String) r[4];
            views.add(new MonitorDto.StaffComplaint(AlertViews.uuid(r[0]), AlertViews.uuid(r[1]), (String) r[2],
                    AlertViews.uuid(r[3]), phoneEnc == null ? null : Masking.phone(cipher.decrypt(phoneEnc)),
                    ComplaintCategory.valueOf((String) r[5]), (String) r[6], uuids((String) r[7]),
                    ComplaintState.valueOf((String) r[8]), AlertViews.instant(r[9]), (String) r[10],
                    AlertViews.instant(r[11]), (String) r[12], (String) r[13], AlertViews.instant(r[14])));
        }
        return views;
    }

    /** Postgres array text {a,b} → ids. */
    private static List<UUID> uuids(String array) {
        String inner = array == null ? "" : array.replace("{", "").replace("}", "").trim();
        if (inner.isEmpty()) {
            return List.of();
        }
        List<UUID> ids = new ArrayList<>();
        for (String s : inner.split(",")) {
            ids.add(UUID.fromString(s.trim()));
        }
        return ids;
    }
}
