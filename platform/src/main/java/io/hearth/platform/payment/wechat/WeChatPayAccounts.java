package io.hearth.platform.payment.wechat;

import io.agroal.api.AgroalDataSource;
import io.hearth.platform.shared.crypto.FieldCipher;
import io.hearth.platform.shared.web.ApiException;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jboss.logging.Logger;

/** Each tenant's WeChat Pay merchant account: set by the owner, read (decrypted) to call WeChat Pay. */
@ApplicationScoped
public class WeChatPayAccounts implements PanacheRepositoryBase<WeChatPayAccount, UUID> {

    private static final Logger LOG = Logger.getLogger(WeChatPayAccounts.class);

    @Inject
    FieldCipher cipher;

    @Inject
    AgroalDataSource dataSource;

    /** Every key is parsed before anything is stored: a bad one is a 422 and nothing is written. */
    @Transactional
    public WeChatPayDto.AccountView set(WeChatPayDto.AccountInput in) {
        WeChatPayAccount a = find("id is not null").firstResultOptional().orElse(null);
        if (a == null && (in.merchantPrivateKeyPem() == null || in.apiV3Key() == null)) {
            throw ApiException.unprocessable("wechat-pay-secrets-required");
        }
        WeChatPayKeys.PlatformKey platform = parse("platformKeyPem", () -> WeChatPayKeys.platformKey(in.platformKeyPem()));
        if (in.merchantPrivateKeyPem() != null) {
            parse("merchantPrivateKeyPem", () -> WeChatPayKeys.privateKey(in.merchantPrivateKeyPem()));
        }
        if (in.apiV3Key() != null && in.apiV3Key().getBytes(StandardCharsets.UTF_8).length != 32) {
            throw new ApiException(422, "wechat-pay-key-invalid", Map.of("apiV3Key", "wechat-pay-api-v3-key-length"), "apiV3Key");
        }
        Instant now = Instant.now();
        if (a == null) {
            a = new WeChatPayAccount();
            a.id = UUID.randomUUID();
            a.createdAt = now;
        }
        a.mchId = in.mchId();
        a.appId = in.appId();
        a.merchantSerialNo = in.merchantSerialNo().toUpperCase(java.util.Locale.ROOT);
        if (in.merchantPrivateKeyPem() != null) {
            a.merchantPrivateKeyEnc = cipher.encrypt(in.merchantPrivateKeyPem());
        }
        if (in.apiV3Key() != null) {
            a.apiV3KeyEnc = cipher.encrypt(in.apiV3Key());
        }
        a.platformSerialNo = in.platformSerialNo();
        a.platformKeyKind = platform.kind();
        a.platformKeyPem = in.platformKeyPem().strip();
        a.platformCertExpiresAt = platform.expiresAt();
        a.updatedAt = now;
        if (platform.expiresAt() != null && platform.expiresAt().isBefore(now)) {
            LOG.warnf("The WeChat Pay platform certificate %s set for tenant %s expired at %s", a.platformSerialNo,
                    a.tenantId, platform.expiresAt());
        }
        persist(a);
        return view(a);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<WeChatPayDto.AccountView> view() {
        return find("id is not null").firstResultOptional().map(WeChatPayAccounts::view);
    }

    /** The current tenant's credentials, decrypted. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<WeChatMerchant> current() {
        return find("id is not null").firstResultOptional().map(a -> merchant(UUID.fromString(a.tenantId), a.mchId,
                a.appId, a.merchantSerialNo, a.merchantPrivateKeyEnc, a.apiV3KeyEnc, a.platformSerialNo, a.platformKeyPem));
    }

    /**
     * The accounts whose platform key has this serial, across tenants (plain JDBC): a notification names its signing
     * key before anything says which tenant it is for. Usually one.
     */
    public List<WeChatMerchant> byPlatformSerial(String platformSerialNo) {
        List<WeChatMerchant> found = new ArrayList<>();
        if (platformSerialNo == null || platformSerialNo.isEmpty() || platformSerialNo.length() > 64) {
            return found;
        }
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("select tenant_id, mch_id, app_id, merchant_serial_no,"
                        + " merchant_private_key_enc, api_v3_key_enc, platform_serial_no, platform_key_pem"
                        + " from wechat_pay_account where platform_serial_no = ? limit 10")) {
            ps.setString(1, platformSerialNo);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    found.add(merchant(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8)));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("WeChat Pay account lookup failed", e);
        }
        return found;
    }

    private WeChatMerchant merchant(UUID tenantId, String mchId, String appId, String serial, String privateKeyEnc,
            String apiV3KeyEnc, String platformSerial, String platformPem) {
        return new WeChatMerchant(tenantId, mchId, appId, serial, WeChatPayKeys.privateKey(cipher.decrypt(privateKeyEnc)),
                WeChatMerchant.apiV3KeyBytes(cipher.decrypt(apiV3KeyEnc)), platformSerial,
                WeChatPayKeys.platformKey(platformPem).key());
    }

    private static WeChatPayDto.AccountView view(WeChatPayAccount a) {
        return new WeChatPayDto.AccountView(a.mchId, a.appId, a.merchantSerialNo, a.merchantPrivateKeyEnc != null,
                a.apiV3KeyEnc != null, a.platformSerialNo, a.platformKeyKind, a.platformCertExpiresAt, a.updatedAt);
    }

    private static <T> T parse(String field, java.util.function.Supplier<T> parser) {
        try {
            return parser.get();
        } catch (IllegalArgumentException e) {
            throw new ApiException(422, "wechat-pay-key-invalid", Map.of(field, "wechat-pay-key-unreadable"), field);
        }
    }
}
