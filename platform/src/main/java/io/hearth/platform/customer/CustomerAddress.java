package io.hearth.platform.customer;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.TenantId;

/**
 * Where a customer wants service. Contact phone, room, street detail and door codes are encrypted;
 * community/building/unit stay readable for dispatch and statistics.
 */
@Entity
@Table(name = "customer_address")
public class CustomerAddress {

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    public String tenantId;

    @Id
    public UUID id;

    @Column(name = "customer_id", nullable = false, updatable = false)
    public UUID customerId;

    public String label;

    @Column(name = "contact_name", nullable = false)
    public String contactName;

    @Column(name = "contact_phone_enc", nullable = false)
    public String contactPhoneEnc;

    @Column(name = "contact_phone_last4", nullable = false)
    public String contactPhoneLast4;

    @Column(name = "city_code", nullable = false)
    public String cityCode;

    @Column(nullable = false)
    public String district;

    public String community;
    public String building;
    public String unit;

    @Column(name = "room_enc")
    public String roomEnc;

    @Column(name = "detail_enc", nullable = false)
    public String detailEnc;

    @Column(name = "access_instructions_enc")
    public String accessInstructionsEnc;

    @Column(nullable = false)
    public double lat;

    @Column(nullable = false)
    public double lng;

    @Column(name = "is_default", nullable = false)
    public boolean isDefault;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    public int version;
}
