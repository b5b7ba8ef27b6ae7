package io.hearth.platform.order;

import io.hearth.platform.customer.CustomerAccounts;
import io.hearth.platform.shared.PhoneNumbers;
import io.hearth.platform.shared.crypto.FieldCipher;
import io.hearth.platform.shared.tenancy.TenantContext;
import io.hearth.platform.shared.web.ApiException;
import io.hearth.platform.tenant.TenantSettingsLookup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** The tenant's staff on orders: filtered keyset list, details with timeline, dispatch, reschedule, cancel. */
@ApplicationScoped
@Transactional
public class StaffOrders {

    /** List filters; null = any. Dates are the tenant's calendar days of the start, both ends included. */
    public record Filter(List<String> status, LocalDate from, LocalDate to, UUID workerId, String customerPhone,
            String cityCode) {
    }

    @Inject
    ServiceOrderRepository orders;

    @Inject
    OrderListing listing;

    @Inject
    OrderViews views;

    @Inject
    OrderCancellation cancellation;

    @Inject
    OrderScheduling scheduling;

    @Inject
    CustomerAccounts customers;

    @Inject
    FieldCipher cipher;

    @Inject
    TenantSettingsLookup tenantSettings;

    @Transactional(Transactional.TxType.SUPPORTS)
    public OrderDto.Page<OrderDto.Summary> list(Filter f, String cursor, int limit) {
        OrderListing.Where where = new OrderListing.Where();
        Set<OrderStatus> statuses = OrderListing.statuses(f.status());
        if (!statuses.isEmpty()) {
            where.and("status in :statuses", "statuses", statuses);
        }
        if (f.from() != null && f.to() != null && f.to().isBefore(f.from())) {
            throw ApiException.unprocessable("order-date-range-reversed", f.from(), f.to());
        }
        ZoneId zone = f.from() == null && f.to() == null ? null : tenantSettings.of(TenantContext.require()).zone();
        if (f.from() != null) {
            where.and("startAt >= :fromAt", "fromAt", f.from().atStartOfDay(zone).toInstant());
        }
        if (f.to() != null) {
            where.and("startAt < :toAt", "toAt", f.to().plusDays(1).atStartOfDay(zone).toInstant());
        }
        if (f.workerId() != null) {
            where.and("workerId = :workerId", "workerId", f.workerId());
        }
        if (f.cityCode() != null && !f.cityCode().isBlank()) {
            where.and("cityCode = :cityCode", "cityCode", f.cityCode().strip());
        }
        if (f.customerPhone() != null && !f.customerPhone().isBlank()) {
            // The customer's sign-in phone or the order's contact phone, both through blind indexes.
            Optional<String> phone = PhoneNumbers.normalize(f.customerPhone());
            if (phone.isEmpty()) {
                throw new ApiException(400, "order-filter-invalid", "customerPhone", f.customerPhone());
            }
            Optional<UUID> customer = customers.idByPhone(phone.get());
            String hash = cipher.blindIndex(phone.get());
            if (customer.isPresent()) {
                where.and("(customerId = :customerId or contactPhoneHash = :phoneHash)", "customerId", customer.get());
                where.params.and("phoneHash", hash);
            } else {
                where.and("contactPhoneHash = :phoneHash", "phoneHash", hash);
            }
        }
        return listing.page(where, new OrderListing.Order("startAt", true), cursor, limit, views::summary);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public OrderDto.Detail detail(UUID orderId) {
        return views.detail(orders.byId(orderId).orElseThrow(() -> ServiceOrderRepository.notFound(orderId)), true, true);
    }

    public OrderDto.Detail assign(String staff, UUID orderId, OrderDto.AssignInput in) {
        return views.detail(scheduling.assign(orderId, Actor.staff(staff), in.workerId(), in.reason()), true, true);
    }

    public OrderDto.Detail reschedule(String staff, UUID orderId, Instant start, String reason) {
        return views.detail(scheduling.reschedule(orderId, Actor.staff(staff), start, reason), true, true);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public OrderDto.Cancellation cancellationPreview(UUID orderId, boolean waive) {
        return cancellation.preview(orders.byId(orderId).orElseThrow(() -> ServiceOrderRepository.notFound(orderId)), waive);
    }

    public OrderDto.Cancellation cancel(String staff, UUID orderId, OrderDto.StaffCancelInput in) {
        return cancellation.cancel(orderId, Actor.staff(staff), in.reason(), null, in.waiveFee());
    }
}
