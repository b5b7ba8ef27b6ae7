package io.hearth.platform.catalog;

import io.hearth.platform.shared.web.ApiException;
import java.util.Locale;
import java.util.UUID;

/** A customer's item search. Its text form is part of the cache key. */
public record ItemQuery(String keyword, UUID categoryId, Integer minDuration, Integer maxDuration, Long minPriceFen,
        Long maxPriceFen, String cityCode, String workerGender, Sort sort, int page, int size) {

    public enum Sort {
        POPULARITY, PRICE_ASC, PRICE_DESC;

        static Sort parse(String value) {
            if (value == null || value.isBlank()) {
                return POPULARITY;
            }
            try {
                return valueOf(value.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
            } catch (IllegalArgumentException e) {
                throw new ApiException(400, "catalog-sort-unknown", value, "popularity, price_asc, price_desc");
            }
        }
    }

    public ItemQuery {
        keyword = keyword == null || keyword.isBlank() ? null : keyword.strip().toLowerCase(Locale.ROOT);
        cityCode = cityCode == null || cityCode.isBlank() ? null : cityCode.strip();
        if (minDuration != null && maxDuration != null && minDuration > maxDuration
                || minPriceFen != null && maxPriceFen != null && minPriceFen > maxPriceFen) {
            throw new ApiException(422, "catalog-filter-range");
        }
    }

    public static ItemQuery of(String keyword, UUID categoryId, Integer minDuration, Integer maxDuration, Long minPriceFen,
            Long maxPriceFen, String cityCode, String workerGender, String sort, int page, int size) {
        return new ItemQuery(keyword, categoryId, minDuration, maxDuration, minPriceFen, maxPriceFen, cityCode,
                workerGender, Sort.parse(sort), page, size);
    }
}
