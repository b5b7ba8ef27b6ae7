package io.hearth.platform.catalog;

import com.fasterxml.jackson.core.type.TypeReference;
import io.hearth.platform.shared.tenancy.TenantContext;
import io.hearth.platform.shared.tenancy.TenantRef;
import io.hearth.platform.shared.web.ApiException;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The catalog as customers see it: enabled entries under enabled categories, in one language, with
 * a city's overridden prices, cached per tenant ({@link CatalogCache}).
 */
@ApplicationScoped
public class CatalogBrowser {

    private static final TypeReference<List<CatalogDto.AppCategory>> CATEGORIES = new TypeReference<>() { };
    private static final TypeReference<CatalogDto.Page<CatalogDto.AppItem>> ITEMS = new TypeReference<>() { };
    private static final TypeReference<CatalogDto.AppItemDetail> ITEM = new TypeReference<>() { };
    private static final TypeReference<List<CatalogDto.AppPackage>> PACKAGES = new TypeReference<>() { };

    @Inject
    CatalogCache cache;

    @Inject
    CategoryRepository categories;

    @Inject
    ServicePackageRepository packages;

    @Inject
    PackageItemRepository packageItems;

    @Inject
    ItemSearch search;

    @Inject
    @Any
    Instance<ItemKeywordSource> keywordSources;

    @Inject
    Instance<ItemWorkerFilter> workerFilters;

    public List<CatalogDto.AppCategory> categories(TenantRef tenant, String locale) {
        return cache.get(tenant.id(), "categories:" + locale, CATEGORIES, () -> read(tenant, () -> {
            List<Category> all = categories.listAll();
            return CategoryTree.tree(all, CategoryTree.visible(all), (c, children) -> new CatalogDto.AppCategory(c.id,
                    c.code, text(c.texts, locale, tenant, CatalogDto.NamedText::name),
                    text(c.texts, locale, tenant, CatalogDto.NamedText::description), children));
        }));
    }

    public CatalogDto.Page<CatalogDto.AppItem> items(TenantRef tenant, String locale, ItemQuery q) {
        return cache.get(tenant.id(), "items:" + locale + ":" + q, ITEMS, () -> read(tenant, () -> {
            Set<UUID> visible = CategoryTree.visible(categories.listAll());
            Set<UUID> inCategory = q.categoryId() == null ? visible
                    : CategoryTree.subtree(categories.listAll(), q.categoryId()).stream().filter(visible::contains)
                            .collect(Collectors.toSet());
            Set<UUID> offered = null;
            if (q.workerGender() != null) {
                Set<UUID> byGender = new HashSet<>();
                workerFilters.forEach(f -> byGender.addAll(f.itemsOfferedBy(q.workerGender())));
                offered = byGender;
            }
            Set<UUID> alsoMatching = new HashSet<>();
            if (q.keyword() != null) {
                keywordSources.forEach(source -> alsoMatching.addAll(source.itemIdsMatching(q.keyword())));
            }
            ItemSearch.Found found = search.find(q, inCategory, alsoMatching, offered);
            List<CatalogDto.AppItem> views = found.items().stream().map(p -> new CatalogDto.AppItem(p.item().id,
                    p.item().categoryId, text(p.item().texts, locale, tenant, CatalogDto.ItemText::name),
                    text(p.item().texts, locale, tenant, CatalogDto.ItemText::summary), p.item().unit, p.priceFen(),
                    p.item().defaultDurationMinutes, p.item().minQuantity, p.item().maxQuantity, p.item().tags,
                    p.item().imageFileIds, p.item().popularity)).toList();
            return new CatalogDto.Page<>(views, q.page(), q.size(), found.total());
        }));
    }

    public CatalogDto.AppItemDetail item(TenantRef tenant, String locale, UUID id, String cityCode) {
        String city = cityCode == null || cityCode.isBlank() ? null : cityCode.strip();
        return cache.get(tenant.id(), "item:" + id + ":" + locale + ":" + city, ITEM, () -> read(tenant, () -> {
            Set<UUID> visible = CategoryTree.visible(categories.listAll());
            ItemSearch.Priced p = search.one(id, city).filter(found -> visible.contains(found.item().categoryId))
                    .orElseThrow(() -> ApiException.notFound("ServiceItem", id));
            ServiceItem i = p.item();
            return new CatalogDto.AppItemDetail(i.id, i.categoryId, text(i.texts, locale, tenant, CatalogDto.ItemText::name),
                    text(i.texts, locale, tenant, CatalogDto.ItemText::summary),
                    text(i.texts, locale, tenant, CatalogDto.ItemText::description),
                    text(i.texts, locale, tenant, CatalogDto.ItemText::toolsBrought),
                    text(i.texts, locale, tenant, CatalogDto.ItemText::cleaningStandard), i.unit, p.priceFen(),
                    i.defaultDurationMinutes, i.minQuantity, i.maxQuantity, i.tags, i.imageFileIds, i.popularity);
        }));
    }

    /** Enabled packages valid today (tenant's time zone) whose items customers can all see. */
    public List<CatalogDto.AppPackage> packages(TenantRef tenant, String locale) {
        return cache.get(tenant.id(), "packages:" + locale, PACKAGES, () -> read(tenant, () -> {
            LocalDate today = LocalDate.now(ZoneId.of(tenant.timeZone()));
            List<ServicePackage> candidates = packages.list("enabled = true order by code").stream()
                    .filter(p -> p.validOn(today)).toList();
            Map<UUID, List<PackageItem>> included = packageItems.ofPackages(candidates.stream().map(p -> p.id).toList())
                    .stream().collect(Collectors.groupingBy(pi -> pi.packageId));
            Set<UUID> visible = CategoryTree.visible(categories.listAll());
            Map<UUID, ServiceItem> shown = search.enabled(included.values().stream().flatMap(List::stream)
                    .map(pi -> pi.itemId).collect(Collectors.toSet())).stream()
                    .filter(i -> visible.contains(i.categoryId)).collect(Collectors.toMap(i -> i.id, i -> i));
            return candidates.stream()
                    .filter(p -> included.getOrDefault(p.id, List.of()).stream().allMatch(pi -> shown.containsKey(pi.itemId)))
                    .map(p -> new CatalogDto.AppPackage(p.id, p.code, text(p.texts, locale, tenant, CatalogDto.NamedText::name),
                            text(p.texts, locale, tenant, CatalogDto.NamedText::description), p.durationMinutes,
                            p.priceFen, p.validFrom, p.validUntil, included.getOrDefault(p.id, List.of()).stream()
                                    .map(pi -> new CatalogDto.AppIncluded(pi.itemId,
                                            text(shown.get(pi.itemId).texts, locale, tenant, CatalogDto.ItemText::name),
                                            shown.get(pi.itemId).unit, pi.quantity))
                                    .toList()))
                    .toList();
        }));
    }

    public CatalogDto.AppPackage pkg(TenantRef tenant, String locale, UUID id) {
        return packages(tenant, locale).stream().filter(p -> p.id().equals(id)).findFirst()
                .orElseThrow(() -> ApiException.notFound("ServicePackage", id));
    }

    private static <T> String text(Map<String, T> texts, String locale, TenantRef tenant, Function<T, String> field) {
        return CatalogLocales.text(texts, locale, tenant.defaultLocale(), field);
    }

    /** Database reads for the named tenant, in their own transaction (so the session binds to that tenant). */
    private static <T> T read(TenantRef tenant, Supplier<T> work) {
        return TenantContext.call(tenant.id(), () -> QuarkusTransaction.requiringNew().call(work::get));
    }
}
