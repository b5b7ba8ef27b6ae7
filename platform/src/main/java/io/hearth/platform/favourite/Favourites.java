package io.hearth.platform.favourite;

import io.hearth.platform.catalog.CatalogBrowser;
import io.hearth.platform.catalog.CatalogDto;
import io.hearth.platform.catalog.ItemQuery;
import io.hearth.platform.shared.tenancy.TenantContext;
import io.hearth.platform.shared.tenancy.TenantLookup;
import io.hearth.platform.shared.tenancy.TenantRef;
import io.hearth.platform.shared.web.ApiException;
import io.hearth.platform.worker.PublicWorkerProfiles;
import io.hearth.platform.worker.WorkerDto;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * A customer's favourite workers and services, and suggestions built from them (falling back to
 * what is popular). Only what customers may see anyway: approved workers, enabled items.
 */
@ApplicationScoped
@Transactional
public class Favourites {

    static final int MAX_FAVOURITES = 100;

    @Inject
    FavouriteRepository favourites;

    @Inject
    PublicWorkerProfiles workers;

    @Inject
    CatalogBrowser catalog;

    @Inject
    TenantLookup tenants;

    public void addWorker(UUID customerId, UUID workerId) {
        workers.profile(tenant(), workerId);
        if (favourites.count("customerId = ?1 and workerId = ?2", customerId, workerId) == 0) {
            persist(customerId, workerId, null);
        }
    }

    public void addService(UUID customerId, UUID itemId, String locale) {
        catalog.item(tenant(), locale, itemId, null);
        if (favourites.count("customerId = ?1 and serviceItemId = ?2", customerId, itemId) == 0) {
            persist(customerId, null, itemId);
        }
    }

    public void removeWorker(UUID customerId, UUID workerId) {
        if (favourites.delete("customerId = ?1 and workerId = ?2", customerId, workerId) == 0) {
            throw ApiException.notFound("Favourite worker", workerId);
        }
    }

    public void removeService(UUID customerId, UUID itemId) {
        if (favourites.delete("customerId = ?1 and serviceItemId = ?2", customerId, itemId) == 0) {
            throw ApiException.notFound("Favourite service", itemId);
        }
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public FavouriteDto.Favourites list(UUID customerId, String locale) {
        TenantRef t = tenant();
        List<WorkerDto.PublicProfile> ws = new ArrayList<>();
        List<CatalogDto.AppItemDetail> items = new ArrayList<>();
        for (Favourite f : favourites.ofCustomer(customerId)) {
            try {
                if (f.workerId != null) {
                    ws.add(workers.profile(t, f.workerId));
                } else {
                    items.add(catalog.item(t, locale, f.serviceItemId, null));
                }
            } catch (ApiException gone) {
                // no longer bookable (worker not approved, item disabled): kept, but not shown
            }
        }
        return new FavouriteDto.Favourites(ws, items);
    }

    /** Items from the categories of favourite services first, then the most popular; workers by rating. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public FavouriteDto.Recommendations recommend(UUID customerId, String locale, int limit) {
        TenantRef t = tenant();
        List<Favourite> mine = favourites.ofCustomer(customerId);
        Set<UUID> favouriteItems = mine.stream().map(f -> f.serviceItemId).filter(Objects::nonNull).collect(Collectors.toSet());
        Set<UUID> favouriteWorkers = mine.stream().map(f -> f.workerId).filter(Objects::nonNull).collect(Collectors.toSet());

        Map<UUID, CatalogDto.AppItem> picked = new LinkedHashMap<>();
        Set<UUID> categories = new java.util.LinkedHashSet<>();
        for (UUID itemId : favouriteItems) {
            try {
                categories.add(catalog.item(t, locale, itemId, null).categoryId());
            } catch (ApiException gone) {
                // disabled since: nothing to learn from it
            }
        }
        for (UUID category : categories) {
            addItems(picked, catalog.items(t, locale, new ItemQuery(null, category, null, null, null, null, null, null,
                    ItemQuery.Sort.POPULARITY, 0, limit)).items(), favouriteItems, limit);
        }
        addItems(picked, catalog.items(t, locale, new ItemQuery(null, null, null, null, null, null, null, null,
                ItemQuery.Sort.POPULARITY, 0, limit + favouriteItems.size())).items(), favouriteItems, limit);

        String basis = mine.isEmpty() ? "POPULARITY" : "FAVOURITES";
        return new FavouriteDto.Recommendations(basis, workers.topRated(t, limit, favouriteWorkers),
                List.copyOf(picked.values()));
    }

    private static void addItems(Map<UUID, CatalogDto.AppItem> picked, List<CatalogDto.AppItem> candidates,
            Set<UUID> exclude, int limit) {
        for (CatalogDto.AppItem item : candidates) {
            if (picked.size() >= limit) {
                return;
            }
            if (!exclude.contains(item.id())) {
                picked.putIfAbsent(item.id(), item);
            }
        }
    }

    private void persist(UUID customerId, UUID workerId, UUID itemId) {
        if (favourites.count("customerId", customerId) >= MAX_FAVOURITES) {
            throw new ApiException(422, "favourite-limit", MAX_FAVOURITES);
        }
        Favourite f = new Favourite();
        f.id = UUID.randomUUID();
        f.customerId = customerId;
        f.workerId = workerId;
        f.serviceItemId = itemId;
        f.createdAt = Instant.now();
        favourites.persist(f);
    }

    private TenantRef tenant() {
        return tenants.byId(TenantContext.require()).orElseThrow();
    }
}
