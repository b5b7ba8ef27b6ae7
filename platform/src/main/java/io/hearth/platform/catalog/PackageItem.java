package io.hearth.platform.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.UUID;
import org.hibernate.annotations.TenantId;

/** One item a package includes, with its quantity. */
@Entity
@Table(name = "service_package_item")
@IdClass(PackageItem.Key.class)
public class PackageItem {

    public record Key(UUID packageId, UUID itemId) implements Serializable {
        public Key() {
            this(null, null);
        }
    }

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    public String tenantId;

    @Id
    @Column(name = "package_id")
    public UUID packageId;

    @Id
    @Column(name = "item_id")
    public UUID itemId;

    @Column(nullable = false)
    public int quantity;
}
