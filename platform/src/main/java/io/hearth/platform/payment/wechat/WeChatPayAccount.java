package io.hearth.platform.payment.wechat;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.TenantId;

/** The tenant's WeChat Pay merchant account; secrets encrypted with FieldCipher. One per tenant. */
@Entity
@Table(name = "wechat_pay_account")
public class WeChatPayAccount {

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    public String tenantId;

    @Id
    public UUID id;

    @Column(name = "mch_id", nullable = false)
    public String mchId;

    @Column(name = "app_id", nullable = false)
    public String appId;

    @Column(name = "merchant_serial_no", nullable = false)
    public String merchantSerialNo;

    @Column(name = "merchant_private_key_enc", nullable = false)
    public String merchantPrivateKeyEnc;

    @Column(name = "api_v3_key_enc", nullable = false)
    public String apiV3KeyEnc;

    @Column(name = "platform_serial_no", nullable = false)
    public String platformSerialNo;

    @Enumerated(EnumType.STRING)
    @Column(name = "platform_key_kind", nullable = false)
    public WeChatPayKeys.PlatformKeyKind platformKeyKind;

    @Column(name = "platform_key_pem", nullable = false)
    public String platformKeyPem;

    @Column(name = "platform_cert_expires_at")
    public Instant platformCertExpiresAt;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    public int version;
}
