package io.hearth.platform.booking;

import io.agroal.api.AgroalDataSource;
import io.hearth.platform.shared.web.ApiException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * What a customer can book: one enabled service item, or one enabled package, times a quantity. Knows the unit
 * price, the duration and the skills a worker needs. Reads the catalog tables of the tenant it is given (callers
 * may be anonymous, so no tenant context is assumed).
 * <ul>
 * <li>Item: duration = default duration × quantity for PER_HOUR, the default duration otherwise; quantity within
 * the item's min/max; price = base price (or the city operator's price in the address's city) × quantity.</li>
 * <li>Package: the package row has its own duration and price, so duration = package duration × quantity and
 * price = package price × quantity (1 to {@value #MAX_PACKAGE_QUANTITY}); the worker needs the skills of all
 * included items.</li>
 * </ul>
 */
@ApplicationScoped
public class Bookables {

    public static final int MAX_PACKAGE_QUANTITY = 10;

    @Inject
    AgroalDataSource dataSource;

    /**
     * @param itemId         set for an item (then {@code packageId} is null)
     * @param code           the package's code; the item's id for an item
     * @param skillItemIds   the items a worker must have as skills
     * @param validFrom      a package's first valid date (null: no limit; always null for items)
     */
    public record Bookable(UUID itemId, UUID packageId, String code, String unit, long unitPriceFen, int quantity,
            int durationMinutes, List<UUID> skillItemIds, LocalDate validFrom, LocalDate validUntil) {

        public Bookable {
            skillItemIds = List.copyOf(skillItemIds);
        }

        public boolean isPackage() {
            return packageId != null;
        }

        public boolean validOn(LocalDate day) {
            return (validFrom == null || !day.isBefore(validFrom)) && (validUntil == null || !day.isAfter(validUntil));
        }

        Bookable withUnitPrice(long fen) {
            return new Bookable(itemId, packageId, code, unit, fen, quantity, durationMinutes, skillItemIds, validFrom,
                    validUntil);
        }
    }

    /** 422 {@code booking-one-bookable} unless exactly one id is given; 404 when not an enabled item / package. */
    public Bookable resolve(UUID tenantId, UUID itemId, UUID packageId, int quantity) {
        try (Connection c = dataSource.getConnection()) {
            return resolve(c, tenantId, itemId, packageId, quantity);
        } catch (SQLException e) {
            throw new IllegalStateException("Reading the catalog failed", e);
        }
    }

    /**
     * The bookable priced for an address in {@code cityCode}: an item's unit price becomes the city operator's price
     * there when it set one; 422 {@code booking-unavailable-in-city} when the operator made the item unavailable there.
     */
    public Bookable inCity(UUID tenantId, Bookable b, String cityCode) {
        if (b.isPackage()) {
            return b;
        }
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "select price_fen, available from city_item_override where tenant_id = ? and item_id = ? and city_code = ?")) {
            ps.setObject(1, tenantId);
            ps.setObject(2, b.itemId());
            ps.setString(3, cityCode);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return b;
                }
                if (!rs.getBoolean(2)) {
                    throw ApiException.unprocessable("booking-unavailable-in-city", b.itemId(), cityCode);
                }
                Long price = (Long) rs.getObject(1);
                return price == null ? b : b.withUnitPrice(price);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Reading the city overrides failed", e);
        }
    }

    static Bookable resolve(Connection c, UUID tenantId, UUID itemId, UUID packageId, int quantity) throws SQLException {
        if ((itemId == null) == (packageId == null)) {
            throw ApiException.unprocessable("booking-one-bookable");
        }
        return itemId != null ? item(c, tenantId, itemId, quantity) : pkg(c, tenantId, packageId, quantity);
    }

    private static Bookable item(Connection c, UUID tenant, UUID itemId, int quantity) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("select unit, base_price_fen, default_duration_minutes,"
                + " min_quantity, max_quantity from service_item where tenant_id = ? and id = ? and enabled")) {
            ps.setObject(1, tenant);
            ps.setObject(2, itemId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw ApiException.notFound("Service item", itemId);
                }
                String unit = rs.getString(1);
                int min = rs.getInt(4);
                Integer max = (Integer) rs.getObject(5);
                requireQuantity(quantity, min, max);
                int minutes = "PER_HOUR".equals(unit) ? Math.multiplyExact(rs.getInt(3), quantity) : rs.getInt(3);
                return new Bookable(itemId, null, itemId.toString(), unit, rs.getLong(2), quantity, minutes,
                        List.of(itemId), null, null);
            }
        }
    }

    private static Bookable pkg(Connection c, UUID tenant, UUID packageId, int quantity) throws SQLException {
        Bookable b;
        try (PreparedStatement ps = c.prepareStatement("select code, price_fen, duration_minutes, valid_from, valid_until"
                + " from service_package where tenant_id = ? and id = ? and enabled")) {
            ps.setObject(1, tenant);
            ps.setObject(2, packageId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw ApiException.notFound("Package", packageId);
                }
                requireQuantity(quantity, 1, MAX_PACKAGE_QUANTITY);
                b = new Bookable(null, packageId, rs.getString(1), "PACKAGE", rs.getLong(2), quantity,
                        Math.multiplyExact(rs.getInt(3), quantity), List.of(), rs.getObject(4, LocalDate.class),
                        rs.getObject(5, LocalDate.class));
            }
        }
        List<UUID> skills = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("select item_id from service_package_item"
                + " where tenant_id = ? and package_id = ? order by item_id")) {
            ps.setObject(1, tenant);
            ps.setObject(2, packageId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    skills.add(rs.getObject(1, UUID.class));
                }
            }
        }
        return new Bookable(null, packageId, b.code(), b.unit(), b.unitPriceFen(), quantity, b.durationMinutes(), skills,
                b.validFrom(), b.validUntil());
    }

    private static void requireQuantity(int quantity, int min, Integer max) {
        if (quantity < min || (max != null && quantity > max)) {
            throw ApiException.unprocessable("slot-quantity-range", quantity, min, max == null ? "-" : max);
        }
    }
}
