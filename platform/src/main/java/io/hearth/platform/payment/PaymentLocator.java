package io.hearth.platform.payment;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.UUID;

/**
 * Finds which tenant a provider notification is about, by the globally unique numbers we gave the provider
 * ({@code out_trade_no}, {@code out_refund_no}). Plain JDBC across tenants on purpose: the tenant is not known
 * until this answers; everything after runs in that tenant.
 */
@ApplicationScoped
public class PaymentLocator {

    public record Located(UUID tenantId, UUID id, ProviderCode provider) {
    }

    @Inject
    AgroalDataSource dataSource;

    public Optional<Located> payment(String outTradeNo) {
        return one("select tenant_id, id, provider from payment where out_trade_no = ?", outTradeNo);
    }

    public Optional<Located> refund(String outRefundNo) {
        return one("select r.tenant_id, r.id, p.provider from refund r"
                + " join payment p on p.tenant_id = r.tenant_id and p.id = r.payment_id where r.out_refund_no = ?", outRefundNo);
    }

    private Optional<Located> one(String sql, String number) {
        if (number == null || number.isEmpty() || number.length() > 64) {
            return Optional.empty();
        }
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, number);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next()
                        ? Optional.of(new Located(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                                ProviderCode.valueOf(rs.getString(3))))
                        : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Payment lookup failed", e);
        }
    }
}
