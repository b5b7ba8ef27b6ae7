package io.hearth.platform.catalog;

import io.hearth.platform.file.Purpose;
import io.hearth.platform.file.StoredFiles;
import io.hearth.platform.shared.tenancy.TenantContext;
import io.hearth.platform.shared.web.ApiException;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Service items of the current tenant, for its staff and for other features (through this class only). */
@ApplicationScoped
@Transactional
public class CatalogService {

    @Inject
    ServiceItemRepository items;

    @Inject
    CategoryRepository categories;

    @Inject
    PackageItemRepository packageItems;

    @Inject
    CatalogCache cache;

    @Inject
    StoredFiles files;

    /**
     * Which of {@code ids} are service items of the current tenant, enabled or not. For features that
     * reference items (worker skills, bookings): an id of another tenant or of nothing is left out.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Set<UUID> existingItemIds(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(items.getEntityManager()
                .createQuery("select i.id from ServiceItem i where i.id in :ids", UUID.class)
                .setParameter("ids", Set.copyOf(ids)).getResultList());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public CatalogDto.Page<CatalogDto.Item> list(UUID categoryId, int page, int size) {
        var query = categoryId == null ? items.findAll(Sort.by("createdAt").and("id"))
                : items.find("categoryId", Sort.by("createdAt").and("id"), categoryId);
        List<CatalogDto.Item> found = query.page(page, size).list().stream().map(CatalogDto.Item::of).toList();
        return new CatalogDto.Page<>(found, page, size, query.count());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public CatalogDto.Item get(UUID id) {
        return CatalogDto.Item.of(require(id));
    }

    public CatalogDto.Item create(CatalogDto.ItemInput in) {
        ServiceItem i = new ServiceItem();
        i.id = UUID.randomUUID();
        i.createdAt = i.updatedAt = Instant.now();
        fill(i, in);
        i.enabled = in.enabled() == null || in.enabled();
        items.persist(i);
        return changed(i);
    }

    public CatalogDto.Item update(UUID id, CatalogDto.ItemInput in) {
        ServiceItem i = require(id);
        fill(i, in);
        if (in.enabled() != null) {
            i.enabled = in.enabled();
        }
        return changed(i);
    }

    public CatalogDto.Item setEnabled(UUID id, boolean enabled) {
        ServiceItem i = require(id);
        i.enabled = enabled;
        return changed(i);
    }

    /** Refused while a package includes the item: remove it from those packages or disable the item. */
    public void delete(UUID id) {
        ServiceItem i = require(id);
        long packages = packageItems.count("itemId", id);
        if (packages > 0) {
            throw ApiException.conflict("catalog-item-in-package", name(i), packages);
        }
        items.delete(i);
        cache.invalidateAfterCommit(TenantContext.require());
    }

    public CatalogDto.Item putText(UUID id, String locale, CatalogDto.ItemText text) {
        ServiceItem i = require(id);
        i.texts = CatalogLocales.with(i.texts, locale, text);
        i.searchText = searchText(i.texts, i.tags);
        return changed(i);
    }

    public CatalogDto.Item deleteText(UUID id, String locale) {
        ServiceItem i = require(id);
        i.texts = CatalogLocales.without(i.texts, locale);
        i.searchText = searchText(i.texts, i.tags);
        return changed(i);
    }

    ServiceItem require(UUID id) {
        return items.byId(id).orElseThrow(() -> ApiException.notFound("ServiceItem", id));
    }

    private void fill(ServiceItem i, CatalogDto.ItemInput in) {
        Map<String, CatalogDto.ItemText> texts = CatalogLocales.checked(in.texts());
        int min = in.minQuantity() == null ? 1 : in.minQuantity();
        if (in.maxQuantity() != null && in.maxQuantity() < min) {
            throw new ApiException(422, "catalog-quantity-range", min, in.maxQuantity());
        }
        if (categories.byId(in.categoryId()).isEmpty()) {
            throw new ApiException(422, "catalog-category-unknown", in.categoryId());
        }
        i.categoryId = in.categoryId();
        i.unit = in.unit();
        i.basePriceFen = in.basePriceFen();
        i.defaultDurationMinutes = in.defaultDurationMinutes();
        i.minQuantity = min;
        i.maxQuantity = in.maxQuantity();
        i.tags = in.tags() == null ? new ArrayList<>()
                : new ArrayList<>(in.tags().stream().map(String::strip).distinct().toList());
        List<UUID> images = in.imageFileIds() == null ? List.of() : in.imageFileIds().stream().distinct().toList();
        // a newly attached image must be a service image of this tenant (another tenant's id, a worker's photo
        // or no file at all: 422 file-not-attachable); one attached before stays even if its file went since
        Set<UUID> attached = i.imageFileIds == null ? Set.of() : Set.copyOf(i.imageFileIds);
        images.stream().filter(id -> !attached.contains(id))
                .forEach(id -> files.requireExists(id, Purpose.SERVICE_IMAGE));
        i.imageFileIds = new ArrayList<>(images);
        i.texts = texts;
        i.searchText = searchText(texts, i.tags);
    }

    /** Names in every language and the tags, lower case: what a customer's keyword is matched against. */
    static String searchText(Map<String, CatalogDto.ItemText> texts, List<String> tags) {
        return Stream.concat(texts.values().stream().map(CatalogDto.ItemText::name), tags.stream())
                .map(s -> s.toLowerCase(Locale.ROOT)).collect(Collectors.joining("\n"));
    }

    private static String name(ServiceItem i) {
        return CatalogLocales.text(i.texts, "en", "zh-CN", CatalogDto.ItemText::name);
    }

    private CatalogDto.Item changed(ServiceItem i) {
        i.updatedAt = Instant.now();
        cache.invalidateAfterCommit(TenantContext.require());
        return CatalogDto.Item.of(i);
    }
}
