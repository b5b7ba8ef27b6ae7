package io.hearth.platform.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.TenantId;

/** A city operator's price (null: the base price) and availability of one of its items in its city. */
@Entity
@Table(name = "city_item_override")
public class CityItemOverride {

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    public String tenantId;

    @Id
    public UUID id;

    @Column(name = "item_id", nullable = false, updatable = false)
    public UUID itemId;

    @Column(name = "city_code", nullable = false, updatable = false)
    public String cityCode;

    @Column(name = "price_fen")
    public Long priceFen;

    @Column(nullable = false)
    public boolean available;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    public int version;
}
