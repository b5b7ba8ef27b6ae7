package io.hearth.platform.customer.staff;

import io.hearth.platform.marketing.PointsDto;
import io.hearth.platform.order.CustomerOrderStats;
import io.hearth.platform.order.OrderDto;
import io.hearth.platform.order.OrderStatus;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Customers as staff see them: phones and addresses masked everywhere but {@link PhoneReveal}. */
public final class StaffCustomerDto {

    private StaffCustomerDto() {
    }

    /** {@code paidFen}: paid minus refunded over all orders; {@code lastOrderAt}: when the newest was placed. */
    public record OrderStats(long total, long completed, long paidFen, Instant lastOrderAt) {

        static OrderStats of(CustomerOrderStats.Stats s) {
            return new OrderStats(s.orders(), s.completed(), s.paidFen(), s.lastOrderAt());
        }
    }

    /** A row of the list. {@code phone}: 138****0001, null when the customer has none (WeChat only). */
    public record Row(UUID id, String nickname, String phone, String memberLevel, Instant registeredAt,
            OrderStats orders) {
    }

    /** {@code nextCursor}: pass it as {@code cursor} for the next page; null on the last one. */
    public record Page(List<Row> items, String nextCursor) {
    }

    /** Enough to recognise the address: district and the street without numbers, no room or door code. */
    public record Address(UUID id, String label, String cityCode, String district, String detail,
            String contactPhone, boolean isDefault) {
    }

    public record RecentOrder(UUID id, String orderNo, OrderStatus status, Instant startAt, long totalFen,
            long paidFen, Instant createdAt) {

        static RecentOrder of(OrderDto.Summary o) {
            return new RecentOrder(o.id(), o.orderNo(), o.status(), o.startAt(), o.totalFen(), o.paidFen(),
                    o.createdAt());
        }
    }

    /**
     * @param level           the member level code, null = none
     * @param levelDiscountBp the level's discount in the tenant's pricing rules, null when the level has none
     * @param recentPoints    the latest points changes, newest first
     */
    public record Membership(String level, Integer levelDiscountBp, long pointsBalance,
            List<PointsDto.Entry> recentPoints) {
    }

    /** {@code version} 0: nothing written yet; send it back with the next change. */
    public record Notes(String note, List<String> tags, int version, Instant updatedAt, String updatedBy) {

        static final Notes NONE = new Notes(null, List.of(), 0, null, null);

        static Notes of(CustomerNotes n) {
            return n == null ? NONE : new Notes(n.note, List.copyOf(n.tags), n.version, n.updatedAt, n.updatedBy);
        }
    }

    public record Detail(UUID id, String nickname, String avatarUrl, String gender, String phone, boolean phoneBound,
            boolean weChatBound, String memberLevel, Instant registeredAt, OrderStats orders, Membership membership,
            List<Address> addresses, List<RecentOrder> recentOrders, long openComplaints, Notes notes) {
    }

    /** Checked by the service, not by bean validation, so that every broken rule comes back at once as a 422. */
    public record NotesInput(String note, List<String> tags, Integer version) {
    }

    /** The full number (E.164) for calling the customer; the reveal is in the tenant's audit log. */
    public record PhoneReveal(UUID customerId, String phone) {
    }
}
