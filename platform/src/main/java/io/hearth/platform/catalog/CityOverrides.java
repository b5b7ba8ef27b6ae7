package io.hearth.platform.catalog;

import io.hearth.platform.shared.tenancy.TenantContext;
import io.hearth.platform.shared.web.ApiException;
import io.hearth.platform.tenant.TenantDto;
import io.hearth.platform.tenant.TenantService;
import io.hearth.platform.tenant.TenantType;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A city operator's price and availability of its items in its one city. Only CITY_OPERATOR tenants
 * have overrides; a company sets its prices on the items themselves.
 */
@ApplicationScoped
@Transactional
public class CityOverrides {

    @Inject
    CityItemOverrideRepository overrides;

    @Inject
    CatalogService catalog;

    @Inject
    TenantService tenants;

    @Inject
    CatalogCache cache;

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<CatalogDto.Override> list() {
        operatorCity();
        return overrides.listAll(Sort.by("cityCode").and("itemId")).stream().map(CatalogDto.Override::of).toList();
    }

    public CatalogDto.Override put(UUID itemId, String cityCode, CatalogDto.OverrideInput in) {
        requireOwnCity(cityCode);
        catalog.require(itemId);
        CityItemOverride o = find(itemId, cityCode);
        boolean created = o == null;
        if (created) {
            o = new CityItemOverride();
            o.id = UUID.randomUUID();
            o.itemId = itemId;
            o.cityCode = cityCode;
        }
        o.priceFen = in.priceFen();
        o.available = in.available();
        o.updatedAt = Instant.now();
        if (created) {
            overrides.persist(o);
        }
        cache.invalidateAfterCommit(TenantContext.require());
        return CatalogDto.Override.of(o);
    }

    public void delete(UUID itemId, String cityCode) {
        requireOwnCity(cityCode);
        catalog.require(itemId);
        CityItemOverride o = find(itemId, cityCode);
        if (o == null) {
            throw ApiException.notFound("Override", itemId + "@" + cityCode);
        }
        overrides.delete(o);
        cache.invalidateAfterCommit(TenantContext.require());
    }

    private CityItemOverride find(UUID itemId, String cityCode) {
        return overrides.find("itemId = ?1 and cityCode = ?2", itemId, cityCode).firstResult();
    }

    private void requireOwnCity(String cityCode) {
        String own = operatorCity();
        if (!own.equals(cityCode)) {
            throw new ApiException(403, "catalog-override-city-not-yours", cityCode, own);
        }
    }

    /** The operator's one city; a company tenant has no overrides. */
    private String operatorCity() {
        TenantDto.View tenant = tenants.get(TenantContext.require());
        if (tenant.type() != TenantType.CITY_OPERATOR) {
            throw new ApiException(403, "catalog-operator-only", tenant.slug());
        }
        return tenant.cityCodes().get(0);
    }
}
