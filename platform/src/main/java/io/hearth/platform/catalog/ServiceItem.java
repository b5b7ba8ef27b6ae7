package io.hearth.platform.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.TenantId;
import org.hibernate.type.SqlTypes;

@Entity
@Table(name = "service_item")
public class ServiceItem {

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    public String tenantId;

    @Id
    public UUID id;

    @Column(name = "category_id", nullable = false)
    public UUID categoryId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ItemUnit unit;

    @Column(name = "base_price_fen", nullable = false)
    public long basePriceFen;

    @Column(name = "default_duration_minutes", nullable = false)
    public int defaultDurationMinutes;

    @Column(name = "min_quantity", nullable = false)
    public int minQuantity;

    @Column(name = "max_quantity")
    public Integer maxQuantity;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false)
    public List<String> tags;

    /** Ids of stored files (the files feature); only the ids are kept here. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "image_file_ids", nullable = false)
    public List<UUID> imageFileIds;

    /** Locale -> texts. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public Map<String, CatalogDto.ItemText> texts;

    @Column(name = "search_text", nullable = false)
    public String searchText;

    @Column(nullable = false)
    public boolean enabled;

    @Column(nullable = false)
    public long popularity;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    public int version;
}
