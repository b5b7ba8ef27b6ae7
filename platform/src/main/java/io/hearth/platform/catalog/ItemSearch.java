package io.hearth.platform.catalog;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The customer item queries: enabled items in the given categories, with the city's override
 * applied (unavailable items left out, the override's price used for filtering and sorting).
 * Runs in the caller's transaction and tenant.
 */
@ApplicationScoped
class ItemSearch {

    record Priced(ServiceItem item, long priceFen) {
    }

    record Found(List<Priced> items, long total) {
    }

    @Inject
    ServiceItemRepository items;

    /** {@code onlyItems}: null for no restriction, else the items the answer may contain. */
    Found find(ItemQuery q, Set<UUID> categoryIds, Set<UUID> alsoMatching, Set<UUID> onlyItems) {
        if (categoryIds.isEmpty() || onlyItems != null && onlyItems.isEmpty()) {
            return new Found(List.of(), 0);
        }
        Map<String, Object> params = new HashMap<>();
        String price = q.cityCode() == null ? "i.basePriceFen" : "coalesce(o.priceFen, i.basePriceFen)";
        List<String> where = new ArrayList<>(List.of("i.categoryId in :categories"));
        params.put("categories", categoryIds);
        if (onlyItems != null) {
            where.add("i.id in :onlyItems");
            params.put("onlyItems", onlyItems);
        }
        if (q.keyword() != null) {
            String like = "i.searchText like :keyword escape '!'";
            where.add(alsoMatching.isEmpty() ? like : "(" + like + " or i.id in :alsoMatching)");
            params.put("keyword", "%" + q.keyword().replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%");
            if (!alsoMatching.isEmpty()) {
                params.put("alsoMatching", alsoMatching);
            }
        }
        bound(where, params, "i.defaultDurationMinutes >= :minDuration", "minDuration", q.minDuration());
        bound(where, params, "i.defaultDurationMinutes <= :maxDuration", "maxDuration", q.maxDuration());
        bound(where, params, price + " >= :minPrice", "minPrice", q.minPriceFen());
        bound(where, params, price + " <= :maxPrice", "maxPrice", q.maxPriceFen());
        String from = from(q.cityCode(), params) + " and " + String.join(" and ", where);
        String order = switch (q.sort()) {
            case POPULARITY -> "i.popularity desc, i.id";
            case PRICE_ASC -> price + " asc, i.id";
            case PRICE_DESC -> price + " desc, i.id";
        };
        TypedQuery<Object[]> page = items.getEntityManager()
                .createQuery("select i, " + price + from + " order by " + order, Object[].class);
        TypedQuery<Long> count = items.getEntityManager().createQuery("select count(i)" + from, Long.class);
        params.forEach((k, v) -> {
            page.setParameter(k, v);
            count.setParameter(k, v);
        });
        List<Priced> found = page.setFirstResult(q.page() * q.size()).setMaxResults(q.size()).getResultList().stream()
                .map(row -> new Priced((ServiceItem) row[0], ((Number) row[1]).longValue())).toList();
        return new Found(found, count.getSingleResult());
    }

    /** One enabled item, priced for the city; empty when it does not exist or the city does not offer it. */
    Optional<Priced> one(UUID id, String cityCode) {
        Map<String, Object> params = new HashMap<>(Map.of("id", id));
        String price = cityCode == null ? "i.basePriceFen" : "coalesce(o.priceFen, i.basePriceFen)";
        TypedQuery<Object[]> query = items.getEntityManager()
                .createQuery("select i, " + price + from(cityCode, params) + " and i.id = :id", Object[].class);
        params.forEach(query::setParameter);
        return query.getResultList().stream().findFirst()
                .map(row -> new Priced((ServiceItem) row[0], ((Number) row[1]).longValue()));
    }

    List<ServiceItem> enabled(Collection<UUID> ids) {
        return ids.isEmpty() ? List.of() : items.list("enabled = true and id in ?1", ids);
    }

    /** Enabled items, joined with the city's overrides (same tenant) when a city is given. */
    private static String from(String cityCode, Map<String, Object> params) {
        if (cityCode == null) {
            return " from ServiceItem i where i.enabled = true";
        }
        params.put("city", cityCode);
        return " from ServiceItem i left join CityItemOverride o"
                + " on o.itemId = i.id and o.tenantId = i.tenantId and o.cityCode = :city"
                + " where i.enabled = true and (o.id is null or o.available = true)";
    }

    private static void bound(List<String> where, Map<String, Object> params, String clause, String name, Object value) {
        if (value != null) {
            where.add(clause);
            params.put(name, value);
        }
    }
}
