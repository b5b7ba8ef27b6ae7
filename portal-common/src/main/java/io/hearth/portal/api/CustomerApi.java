package io.hearth.portal.api;

import java.time.Instant;
import java.util.List;

/** The platform's customer DTOs for staff ({@code /api/tenant/customers}): phones and addresses masked. */
public final class CustomerApi {

    private CustomerApi() {
    }

    public record OrderStats(long total, long completed, long paidFen, Instant lastOrderAt) {
    }

    public record Row(String id, String nickname, String phone, String memberLevel, Instant registeredAt,
            OrderStats orders) {
    }

    public record Page(List<Row> items, String nextCursor) {
    }

    public record Address(String id, String label, String cityCode, String district, String detail,
            String contactPhone, boolean isDefault) {
    }

    public record RecentOrder(String id, String orderNo, String status, Instant startAt, long totalFen, long paidFen,
            Instant createdAt) {
    }

    public record PointsEntry(long delta, String reason, String orderId, Instant createdAt) {
    }

    public record Membership(String level, Integer levelDiscountBp, long pointsBalance,
            List<PointsEntry> recentPoints) {

        /** The level's discount as a percentage (500 → "5"), null when the level has none. */
        public String discountPercent() {
            return levelDiscountBp == null ? null
                    : java.math.BigDecimal.valueOf(levelDiscountBp, 2).stripTrailingZeros().toPlainString();
        }
    }

    public record Notes(String note, List<String> tags, int version, Instant updatedAt, String updatedBy) {

        /** The tags as the notes form shows them: comma separated. */
        public String tagsText() {
            return tags == null ? "" : String.join(", ", tags);
        }
    }

    public record Detail(String id, String nickname, String avatarUrl, String gender, String phone, boolean phoneBound,
            boolean weChatBound, String memberLevel, Instant registeredAt, OrderStats orders, Membership membership,
            List<Address> addresses, List<RecentOrder> recentOrders, long openComplaints, Notes notes) {
    }

    public record NotesInput(String note, List<String> tags, Integer version) {
    }

    public record PhoneReveal(String customerId, String phone) {
    }
}
