package io.hearth.portal.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** The platform's catalog DTOs ({@code /api/tenant/catalog}) as the portals read and send them. */
public final class CatalogApi {

    private CatalogApi() {
    }

    public static final List<String> UNITS = List.of("PER_HOUR", "PER_VISIT", "PER_SQUARE_METRE", "PER_PIECE");

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record NamedText(String name, String description) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ItemText(String name, String summary, String description, String toolsBrought,
            String cleaningStandard) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record CategoryInput(String code, String parentId, Integer sortOrder, Boolean enabled,
            Map<String, NamedText> texts) {
    }

    public record Category(String id, String parentId, String code, int sortOrder, boolean enabled,
            Map<String, NamedText> texts, Instant updatedAt) {

        /** The name in the viewer's language, else any. */
        public String name(String lang) {
            return Texts.pick(texts, lang, NamedText::name, code);
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ItemInput(String categoryId, String unit, Long basePriceFen, Integer defaultDurationMinutes,
            Integer minQuantity, Integer maxQuantity, List<String> tags, List<String> imageFileIds, Boolean enabled,
            Map<String, ItemText> texts) {
    }

    public record Item(String id, String categoryId, String unit, long basePriceFen, int defaultDurationMinutes,
            int minQuantity, Integer maxQuantity, List<String> tags, List<String> imageFileIds, boolean enabled,
            long popularity, Map<String, ItemText> texts, Instant updatedAt) {

        public String name(String lang) {
            return Texts.pick(texts, lang, ItemText::name, id);
        }
    }

    public record Included(String itemId, Integer quantity) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record PackageInput(String code, Integer durationMinutes, Long priceFen, LocalDate validFrom,
            LocalDate validUntil, Boolean enabled, List<Included> items, Map<String, NamedText> texts) {
    }

    public record Package(String id, String code, int durationMinutes, long priceFen, LocalDate validFrom,
            LocalDate validUntil, boolean enabled, List<Included> items, Map<String, NamedText> texts,
            Instant updatedAt) {

        public String name(String lang) {
            return Texts.pick(texts, lang, NamedText::name, code);
        }
    }

    public record Page<T>(List<T> items, int page, int size, long total) {
    }
}
