package io.hearth.platform.catalog;

import io.hearth.platform.shared.tenancy.TenantContext;
import io.hearth.platform.shared.web.ApiException;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** Packages of the current tenant ("2-hour basic clean"): included items, duration, price, validity. */
@ApplicationScoped
@Transactional
public class PackageService {

    @Inject
    ServicePackageRepository packages;

    @Inject
    PackageItemRepository packageItems;

    @Inject
    CatalogService catalog;

    @Inject
    CatalogCache cache;

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<CatalogDto.Package> list() {
        List<ServicePackage> all = packages.listAll(Sort.by("code"));
        Map<UUID, List<PackageItem>> included = packageItems.ofPackages(all.stream().map(p -> p.id).toList()).stream()
                .collect(Collectors.groupingBy(pi -> pi.packageId));
        return all.stream().map(p -> view(p, included.getOrDefault(p.id, List.of()))).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public CatalogDto.Package get(UUID id) {
        ServicePackage p = require(id);
        return view(p, packageItems.ofPackages(List.of(id)));
    }

    public CatalogDto.Package create(CatalogDto.PackageInput in) {
        check(in, null);
        ServicePackage p = new ServicePackage();
        p.id = UUID.randomUUID();
        p.createdAt = p.updatedAt = Instant.now();
        p.enabled = in.enabled() == null || in.enabled();
        fill(p, in);
        packages.persist(p);
        return changed(p, replaceItems(p.id, in.items()));
    }

    public CatalogDto.Package update(UUID id, CatalogDto.PackageInput in) {
        ServicePackage p = require(id);
        check(in, id);
        fill(p, in);
        if (in.enabled() != null) {
            p.enabled = in.enabled();
        }
        return changed(p, replaceItems(id, in.items()));
    }

    public CatalogDto.Package setEnabled(UUID id, boolean enabled) {
        ServicePackage p = require(id);
        p.enabled = enabled;
        return changed(p, packageItems.ofPackages(List.of(id)));
    }

    public void delete(UUID id) {
        packages.delete(require(id));
        cache.invalidateAfterCommit(TenantContext.require());
    }

    public CatalogDto.Package putText(UUID id, String locale, CatalogDto.NamedText text) {
        ServicePackage p = require(id);
        p.texts = CatalogLocales.with(p.texts, locale, text);
        return changed(p, packageItems.ofPackages(List.of(id)));
    }

    public CatalogDto.Package deleteText(UUID id, String locale) {
        ServicePackage p = require(id);
        p.texts = CatalogLocales.without(p.texts, locale);
        return changed(p, packageItems.ofPackages(List.of(id)));
    }

    private void check(CatalogDto.PackageInput in, UUID self) {
        CatalogLocales.checked(in.texts());
        if (in.validFrom() != null && in.validUntil() != null && in.validUntil().isBefore(in.validFrom())) {
            throw new ApiException(422, "catalog-validity-range", in.validFrom(), in.validUntil());
        }
        Set<UUID> wanted = new HashSet<>();
        for (CatalogDto.Included i : in.items()) {
            if (!wanted.add(i.itemId())) {
                throw new ApiException(422, "catalog-package-item-twice", i.itemId());
            }
        }
        Set<UUID> existing = catalog.existingItemIds(wanted);
        wanted.stream().filter(id -> !existing.contains(id)).findFirst().ifPresent(id -> {
            throw new ApiException(422, "catalog-item-unknown", id);
        });
        packages.find("code", in.code()).firstResultOptional().filter(other -> !other.id.equals(self)).ifPresent(other -> {
            throw ApiException.conflict("catalog-code-taken", in.code());
        });
    }

    private void fill(ServicePackage p, CatalogDto.PackageInput in) {
        p.code = in.code();
        p.durationMinutes = in.durationMinutes();
        p.priceFen = in.priceFen();
        p.validFrom = in.validFrom();
        p.validUntil = in.validUntil();
        p.texts = CatalogLocales.checked(in.texts());
    }

    private List<PackageItem> replaceItems(UUID packageId, List<CatalogDto.Included> in) {
        packageItems.delete("packageId", packageId);
        packageItems.flush();
        List<PackageItem> rows = in.stream().map(i -> {
            PackageItem pi = new PackageItem();
            pi.packageId = packageId;
            pi.itemId = i.itemId();
            pi.quantity = i.quantity();
            return pi;
        }).toList();
        packageItems.persist(rows);
        return rows;
    }

    private ServicePackage require(UUID id) {
        return packages.byId(id).orElseThrow(() -> ApiException.notFound("ServicePackage", id));
    }

    private CatalogDto.Package changed(ServicePackage p, List<PackageItem> included) {
        p.updatedAt = Instant.now();
        cache.invalidateAfterCommit(TenantContext.require());
        return view(p, included);
    }

    private static CatalogDto.Package view(ServicePackage p, List<PackageItem> included) {
        List<CatalogDto.Included> items = included.stream().sorted(Comparator.comparing((PackageItem pi) -> pi.itemId))
                .map(pi -> new CatalogDto.Included(pi.itemId, pi.quantity)).toList();
        return new CatalogDto.Package(p.id, p.code, p.durationMinutes, p.priceFen, p.validFrom, p.validUntil, p.enabled,
                items, p.texts, p.updatedAt);
    }
}
