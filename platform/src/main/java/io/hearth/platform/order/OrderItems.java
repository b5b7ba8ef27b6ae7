package io.hearth.platform.order;

import io.hearth.platform.catalog.CatalogDto;
import io.hearth.platform.catalog.PackageService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;

/** The service items a worker needs as skills to serve an order: its item, or every item of its package. */
@ApplicationScoped
public class OrderItems {

    @Inject
    PackageService packages;

    public List<UUID> of(ServiceOrder order) {
        if (order.itemId != null) {
            return List.of(order.itemId);
        }
        return packages.get(order.packageId).items().stream().map(CatalogDto.Included::itemId).toList();
    }
}
